# min/max edge cases: equal keys pick the first, mixed numbers, iterators.
pairs = [("a", 1), ("b", 3), ("c", 3), ("d", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max([1, 1.0, True]), min([1, 1.0, True]), max([0, -0.0]), min([-0.0, 0]))
print(max(iter([5, 9, 2])), min((x for x in "zebra")), max("a", "b", key=ord))
print(max([[1, 2], [1, 2, 0]]), min(["", "a"]), max([float("nan"), 1]), max([1, float("nan")]))
try:
    max(iter([]))
except ValueError as e:
    print(type(e).__name__, e)
print(max([], default="d"), min(iter([]), default=0))
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
