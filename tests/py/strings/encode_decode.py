# encode/decode with utf-8, ascii, latin-1 and error handlers.
s = "héllo wörld €"
b = s.encode()
print(b, len(s), len(b), b.decode(), b.decode("utf-8") == s)
print(s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print("abc".encode("ascii"), "ÿ".encode("latin-1"), b"\xff".decode("latin-1"))
print("😀".encode(), len("😀".encode()), "😀".encode("utf-16-le") if False else "skip")
print(b"\xe2\x82\xac".decode(), b"caf\xc3\xa9".decode("utf-8"))
print(b"bad\xffbyte".decode("utf-8", "replace"), b"bad\xffbyte".decode("utf-8", "backslashreplace"))
for enc in ["utf-8", "UTF8", "utf_8", "latin1", "ascii", "iso-8859-1"]:
    print(enc, "é".encode(enc, "replace"))
try:
    "€".encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xc3".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(str(b"abc", "ascii"), str(b"\xc3\xa9", encoding="utf-8"))
