# Comparisons among int, big int, float and bool.
big = 2 ** 53
print(big == float(big), big + 1 == float(big + 1), big + 1 > float(big))
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'), -(10 ** 400) > float('-inf'))
print(1 == 1.0, 1 < 1.5, 2 > 1.9999999999999998, 3 <= 3.0000000000000004)
print(0 == -0.0, 1 != 1.0000000001, True == 1.0)
print(float('nan') == 1, float('nan') < 1, float('nan') > 1)
print(max(1, 2.0, 2), min(2.0, 2), max(2, 2.0), sorted([3, 1.5, 2, 0.5, True]))
print(2 ** 1000 > 1.7976931348623157e308, -(2 ** 1000) < -1.7976931348623157e308)
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
