# & | ^ ~ << >> on ints including negatives and big values.
vals = [0, 1, 5, -1, -6, 255, 2**64 + 3, -(2**65)]
for a in vals:
    for b in [3, -4, 2**66 - 1]:
        print(a, b, a & b, a | b, a ^ b)
for a in vals:
    print(a, a << 3, a >> 1, a >> 100, ~a)
print(1 << 100, (1 << 100) >> 99, -1 << 70, -(1 << 70) >> 69)
print(-7 >> 1, -8 >> 1, -1 >> 1000)
print(True & False, True | False, True ^ True, type(True & True).__name__)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
