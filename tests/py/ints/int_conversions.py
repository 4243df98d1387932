# Conversions involving ints: float(), str(), round(), int() of floats.
print(float(2 ** 53), float(2 ** 53 + 1), float(10 ** 20), float(-(2 ** 70)))
print(float(10 ** 308), float(2 ** 1023))
try:
    float(10 ** 309)
except OverflowError as e:
    print(type(e).__name__, e)
print(int(1.5), int(-1.5), int(2.9999), int(1e15), int(-0.0), int(1.7976931348623157e308) % 1000)
for bad in [float('inf'), float('-inf'), float('nan')]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), type(round(2.5)).__name__)
print(str(0), str(-0), str(00), str(0_0))
print(complex(2), complex(2 ** 60))
print(abs(-(2 ** 100)), abs(0), abs(-0))
print(1 .__class__.__name__, (1).__float__() if hasattr(1, '__float__') else '')
