# round(): banker's rounding and ndigits.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001, 1e16 + 1, 0.0]:
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1.25, 1), (1.35, 1),
             (123.456, -1), (123.456, -2), (155.0, -1), (-155.0, -1), (1234.5678, 0),
             (0.5, 0), (1.5, 0), (2.5, 0), (3.14159, 3), (1e-10, 5), (12345.6789, -3),
             (5e-324, 400), (1.2345e308, -307), (0.1, 20)]:
    r = round(v, n)
    print(v, n, r, type(r).__name__)
print(round(7, 1), round(7, -1), round(25, -1), round(35, -1), type(round(7, 1)).__name__)
try:
    round(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float('inf'), 2), round(float('nan'), 2))
