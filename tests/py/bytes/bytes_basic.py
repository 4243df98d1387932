# bytes construction, indexing, slicing and repr.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__, type(b[1:2]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"copy"))
print(bytes(), bytes([]), bytes((0, 255)), bytes.fromhex("de ad BE EF"), b"\xde\xad".hex())
print(b"abc" + b"def", b"ab" * 3, b"a" in b"abc", 97 in b"abc", b"" in b"x")
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" != "abc", b"b" > b"abcdef")
print(list(b"AZ az"), [chr(c) for c in b"hi"], sum(b"\x01\x02\x03"))
print(repr(b"\x00\t\n\r\x7f\x80'\""), repr(b"it's"), repr(b'say "x"'))
for bad in [[256], [-1], "str", 1.5]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc" + "def"
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
