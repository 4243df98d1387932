# Set operators: | & - ^ and comparisons.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([4, 9]))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1} >= {1})
print({1, 2} == {2, 1}, {1} != {2}, {1, 2}.issubset([1, 2, 3]), {1, 2, 3}.issuperset((1,)))
print({1, 2}.isdisjoint({3}), {1, 2}.isdisjoint([2]))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
print(set() | set(), set() & {1}, {1} - set(), set() ^ set())
print(sorted({'b', 'a'} | {'c'}))
