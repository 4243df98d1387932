# len, abs, min, max (with key and default).
print(len("abc"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"xy"))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(3 + 4j), abs(True), abs(-(10 ** 30)))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(max([1, -5, 3], key=abs), min(["bb", "a", "ccc"], key=len), max([], default=None), min((), default="empty"))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), max({3: 'a', 9: 'b'}), max(range(5), key=lambda x: -x))
print(max("apple", "banana", key=len), max([(1, 'b'), (1, 'a')]), min([[3], [1, 2]]))
for bad in [lambda: min(), lambda: max([]), lambda: min(1), lambda: max(1, 2, key=5), lambda: len(5),
            lambda: abs("x"), lambda: max([1, "a"]), lambda: min([], default=0, key=None, x=1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class L:
    def __len__(self): return 7
print(len(L()))
