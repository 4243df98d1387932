# chr ord hex oct bin.
print(chr(65), chr(97), chr(8364), chr(128512), ord("A"), ord("€"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
print([chr(i) for i in range(48, 58)], "".join(chr(ord(c) + 1) for c in "HAL"))
print(hex(0), hex(255), hex(-255), hex(2 ** 64), oct(0), oct(64), oct(-9), bin(0), bin(5), bin(-5), bin(2 ** 10))
class I:
    def __index__(self): return 42
print(hex(I()), oct(I()), bin(I()), chr(I()))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: hex(1.5),
            lambda: bin("1"), lambda: chr("a"), lambda: ord(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
