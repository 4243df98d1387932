# Integer algorithms: gcd, lcm, isqrt (hand-written), modular arithmetic.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(gcd(48, 18), gcd(-48, 18), gcd(2 ** 100, 6 ** 50), gcd(0, 5))
print(48 * 18 // gcd(48, 18))
print(isqrt(10 ** 40), isqrt(2 * 10 ** 40), isqrt(99), isqrt(2 ** 127))
def modinv(a, m):
    g, x, y = ext_gcd(a, m)
    return x % m
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
print(ext_gcd(240, 46), modinv(17, 3120), pow(17, -1, 3120))
def collatz_len(n):
    c = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c
print(max((collatz_len(i), i) for i in range(1, 3000)))
def digits_sum(n):
    return sum(int(c) for c in str(n))
print(digits_sum(2 ** 1000))
