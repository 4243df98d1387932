# int() parsing and str()/format() output in various bases.
print(int("42"), int("-42"), int("  7  "), int("+3"), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o777", 0))
print(int("101", 2), int("0b101", 0), int("z", 36), int("ZZ", 36), int("10", 3))
print(int("1_000_000"), int("0x_ff", 16), int("12", 5))
print(int("123456789012345678901234567890"), int("-" + "9" * 40))
print(int(3.99), int(-3.99), int(True), int(1e20), int("0" * 10 + "5"))
print(int(), int(" \t10\n"), int("١٢٣"))
for s, base in [("12", 2), ("", 10), ("1 2", 10), ("0x", 16), ("1__0", 10), ("_1", 10),
                ("08", 0), ("9", 8), ("abc", 10), ("1.5", 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("10", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(10, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(str(255), repr(-255), hex(255), oct(255), bin(255))
print(hex(-255), oct(-8), bin(-1), hex(0), bin(0))
print(hex(2 ** 100), oct(2 ** 100), bin(2 ** 70))
print(format(255, 'x'), format(255, 'X'), format(255, 'o'), format(255, 'b'), format(255, '#b'))
print(str(10 ** 100))
print(str(-(10 ** 60) + 1))
