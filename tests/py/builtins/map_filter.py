# map and filter.
print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])))
print(list(map(pow, [2, 3], [3, 2])), list(map(len, ["a", "bb"])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "a", [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(filter(lambda x: x > 2, range(6))), type(map(str, [])).__name__, type(filter(None, [])).__name__)
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
calls = []
lazy = map(lambda x: calls.append(x) or x, [1, 2, 3])
print(calls)
next(lazy)
print(calls)
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(str)
except TypeError as e:
    print(type(e).__name__, e)
