# Unicode code points, ord/chr, lengths and comparisons.
s = "aé中😀"
print(len(s), [ord(c) for c in s], [hex(ord(c)) for c in s])
print(chr(97), chr(233), chr(0x4e2d), chr(0x1F600), repr(chr(0)), repr(chr(0x10FFFF)))
print("\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print(sorted("bAaB"), sorted(["é", "e", "f", "E"]), "Z" < "a" < "é" < "中" < "😀")
print(max("hello"), min("hello"), "😀" > "\uffff")
print(repr("\x00\x1f\x7f\x80\xa0\xad"), repr("\u200b\u2028"), repr("\U0001f600"), ascii("é😀"))
print([c for c in "ab😀c"], list(reversed("a😀b")))
print("😀" * 3, len("😀" * 3), "😀a".upper(), "ÀÉÎ".lower())
print(str(ord("€")), "%c%c" % (72, "i"), "{:c}".format(0x263A))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
print(repr("\ud800"), len("\ud800"))
