# Exact comparisons between floats and ints.
print(1.0 == 1, 0.1 == 1 / 10, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 < 2.0 ** 53 + 2)
print(10 ** 16 == 1e16, 10 ** 23 == 1e23, 10 ** 22 == 1e22)
print(1e308 < 10 ** 309, float('inf') > 10 ** 1000, float('-inf') < -(10 ** 1000))
print(float('nan') == 0, float('nan') != 0, 0.5 < 1, -0.5 > -1, 0.9999999999999999 < 1)
print(-0.0 == 0, -0.0 < 0, 0 < 5e-324)
l = [3, 2.5, -1, 2, 1e-3, 0, -0.0, 10 ** 20, 1e20]
print(sorted(l))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.5), hash(1e20) == hash(10 ** 20))
print({1.0: 'a'}[1], 1 in {1.0}, 2.0 in [1, 2, 3])
