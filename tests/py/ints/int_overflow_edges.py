# Values around machine-word boundaries behave exactly.
edges = [2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 47, 2 ** 48, 2 ** 62, 2 ** 63 - 1, 2 ** 63, 2 ** 64]
for e in edges:
    for v in (e, -e):
        print(v, v + 1, v - 1, v * 2, v * v, v // 3, v % 1000, -v, v << 1, v >> 1)
acc = 1
for i in range(70):
    acc = acc * 3 + 1
print(acc)
x = 2 ** 62
print(x + x, x + x + x + x, (x + x) - x - x)
print(-(2 ** 63) // -1, (-(2 ** 63)) % -1, abs(-(2 ** 63)))
print((2 ** 63 - 1) * -1 - 1, -(2 ** 63) * -1)
