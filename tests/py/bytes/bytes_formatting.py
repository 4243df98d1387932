# bytes % formatting and hex conversions.
print(b"%d items" % 5, b"%s and %s" % (b"a", b"b"), b"%5d|%-5d|" % (42, 42))
print(b"%x %X %o %c" % (255, 255, 8, 97), b"%%", b"%.2f" % 1.005)
print(b"%(k)s" % {b"k": b"v"})
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
print(bytes.fromhex("48656c6c6f").decode(), b"Hello".hex(), "48 65".replace(" ", ""))
print(repr(bytes(range(0, 256, 17))))
