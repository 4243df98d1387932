# Comparisons among floats including nan in containers.
nan = float('nan')
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), nan == nan)
n2 = float('nan')
print(nan in [n2], [nan] == [n2])
print(0.1 < 0.2 < 0.3, 0.1 + 0.2 > 0.3, 1.0 <= 1 <= 1.0)
print(sorted([3.5, 1.25, 2.0]), max([1.5, float('inf')]), min([-0.0, 0.0]))
print(1e-300 > 0, -1e-300 < 0, 5e-324 > 0, 5e-324 / 2 == 0)
