# enumerate and zip.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-1)))
print(list(enumerate([])), type(enumerate([])).__name__)
e = enumerate(["x", "y"])
print(next(e), list(e))
print(list(zip()), list(zip([1, 2, 3])), list(zip([1, 2, 3], "ab")), list(zip(range(3), "abc", [True] * 5)))
print(dict(zip("abc", range(3))), list(zip(*[(1, 2), (3, 4), (5, 6)])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1], [2], strict=True)))
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z), list(z))
for i, (a, b) in enumerate(zip("ab", "cd"), 10):
    print(i, a, b)
