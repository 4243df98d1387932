# Common bytes methods.
b = b"  Hello, World!  "
print(b.strip(), b.lstrip(), b.rstrip(), b.upper(), b.lower(), b.swapcase())
print(b.split(), b.split(b","), b"a,b,,c".split(b",", 1), b"a b c".rsplit(None, 1))
print(b"-".join([b"a", b"b", b"c"]), b"".join([b"x", bytearray(b"y")]))
print(b.find(b"World"), b.find(b"xyz"), b.index(b"o"), b.rfind(b"o"), b.count(b"l"), b.count(108))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")))
print(b"hello".title(), b"hello world".capitalize(), b"abc".center(9, b"*"), b"7".zfill(3))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"key=val".partition(b"="), b"a.b.c".rpartition(b"."), b"l1\nl2\r\nl3".splitlines())
print(b"hello".decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xe9".decode("latin-1"))
print(b"ab".hex(), b"\x00\xff".hex(), b"abc".hex(":") if False else "skip", bytes.fromhex("00ff10"))
print(b"a\tb".expandtabs(4), b"abc".ljust(5, b"."), b"abc".rjust(5), b"x".translate(None, b"x"))
print(b"%s=%d" % (b"k", 5), b"%05.1f|%x|%c" % (3.14159, 255, 65), b"%r" % "s" if False else b"%b" % b"raw")
try:
    b"a".join(["str"])
except TypeError as e:
    print(type(e).__name__, e)
