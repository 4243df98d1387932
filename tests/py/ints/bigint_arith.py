# Arbitrary-precision integer arithmetic.
a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a // b, b // a)
print(a % b, b % 12345678901234567890)
print(-a // b, -a % b, a // -b, a % -b)
print((-b) // 7, (-b) % 7)
print(2 ** 64 - 1, 2 ** 64, -(2 ** 63), 2 ** 63 - 1)
print((2 ** 64) * (2 ** 64), (2 ** 128) // (2 ** 64))
print(10 ** 50 + 1, 10 ** 50 - 1)
x = 1
for i in range(1, 40):
    x *= i
print(x)
print(x // (10 ** 20), x % (10 ** 20))
print(abs(-a), -(-a) == a, a == 2 ** 200, a != a + 1)
print(a > b, a < b, -a < -b, a >= a)
print(sum(range(10 ** 6)), sum([2 ** 100] * 3))
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(4611686018427387904 * 2, 4611686018427387904 * 4)
print(3037000500 * 3037000500, -3037000500 * 3037000500)
