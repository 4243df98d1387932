# Classic floating-point arithmetic outcomes.
print(0.1 + 0.2, 0.1 + 0.7, 0.3 - 0.1, 1.1 + 2.2, 3 * 1.1)
print(1.0 - 0.9, 0.1 * 3, 100 * 1.1, 1e16 + 1, 1e16 + 2)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0)
print(sum([0.1] * 10), 0.1 * 10)
print(2 ** 0.5, 2 ** -0.5, 10 ** -2, 10.0 ** 2, (-8.0) ** 2, 9 ** 0.5)
print(1 / 7, 22 / 7, 355 / 113)
print(1e-8 * 1e-8, 1e200 * 1e200, -1e200 * 1e200)
print(0.1 ** 2, 1.5 ** 2, 2.5 ** 3, (-2.0) ** 3)
print(4.0 ** 0.5, 27 ** (1 / 3), (-1) ** 0.5)
print(abs(-2.5), abs(2.5), -(-2.5))
x = 1.0
while x + 1 != x:
    x *= 2
print(x)
eps = 1.0
while 1.0 + eps / 2 != 1.0:
    eps /= 2
print(eps)
