# sum with start values and various element types.
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.1] * 10))
print(sum([[1], [2], [3]], []), sum([(1,), (2,)], ()), sum([1, 2.5]), sum([True, True, False]))
print(sum(x * x for x in range(5)), sum({1: 'a', 2: 'b'}), sum([1, 2], start=100))
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
print(sum([10 ** 20, 10 ** 20]), sum([1e308, 1e308]), sum([-0.0]), sum([], -0.0))
