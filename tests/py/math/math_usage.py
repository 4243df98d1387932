# Using math in small computations.
import math
def polar(x, y):
    return round(math.hypot(x, y), 6), round(math.degrees(math.atan2(y, x)), 6)
for p in [(1, 0), (0, 1), (-1, 0), (1, 1), (3, -4)]:
    print(p, polar(*p))
def quadratic(a, b, c):
    d = b * b - 4 * a * c
    if d < 0:
        return ()
    r = math.sqrt(d)
    return tuple(sorted({(-b - r) / (2 * a), (-b + r) / (2 * a)}))
print(quadratic(1, -3, 2), quadratic(1, 2, 1), quadratic(1, 0, 1), quadratic(2, 5, -3))
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, math.isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
print([n for n in range(60) if is_prime(n)])
print(sum(1 / math.factorial(k) for k in range(20)), math.e)
print([round(math.sin(math.radians(a)), 4) for a in range(0, 361, 45)])
