# int float str repr ascii bool constructors.
print(int(), int(7.9), int("-12"), int("0x1A", 16), int(" 42 "), int(True), int(b"12") if False else int("12"))
print(float(), float(3), float("2.5"), float("-inf"), float(" 1e-3 "), float(True))
print(str(), str(12), str(1.5), str([1, "a"]), str(None), str(b"x"), str(str))
print(repr("a'b"), repr(1.0), repr([None]), repr("\n"), repr(1e100), repr(2 ** 70))
print(ascii("café"), ascii(["ü", "x"]), ascii("\n😀"), ascii(1), ascii(b"\xff"))
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([[]]), bool(None), bool(0.0), bool(-1j))
print(list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray())
print(list("ab"), tuple([1]), dict(a=1), set("aab") == {"a", "b"}, frozenset([1]), bytes([65]), bytearray(b"z"))
print(complex(), complex(1), complex("1-2j"), complex(1, 2))
for bad in [lambda: int("1.5"), lambda: int(None), lambda: float("x"), lambda: float(None), lambda: complex("1+"),
            lambda: bool(1, 2), lambda: list(1), lambda: dict(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
