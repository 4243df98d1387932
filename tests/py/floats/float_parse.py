# float() parsing of strings.
for s in ["1", "1.5", "-2.5", "  3.25  ", "1e10", "1E-10", "+1.0", ".5", "5.", "1_000.5",
          "inf", "-inf", "Infinity", "-INFINITY", "nan", "NaN", "-nan", "0x10" if False else "1e500",
          "-1e500", "1e-500", "0.1", "3.141592653589793238462643383279", "00012.5000"]:
    print(repr(s), float(s))
for bad in ["", "abc", "1.2.3", "1e", "e5", "1 2", "0x10", "--1", "1_", "_1", "in f"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(), float(5), float(True), float(-0), float(2 ** 60))
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
print(float.fromhex('0x1.8p1'), (3.0).hex(), (0.1).hex(), float.fromhex('-0x1p-2'))
