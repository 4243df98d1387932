# Generator expressions.
g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)))
print(list((x, y) for x in range(3) for y in range(x)))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(js)) for i, js in nested])
data = [3, 1, 2]
ge = (x for x in data)
data.append(99)
print(list(ge))
try:
    (1 / x for x in [1, 0]).__next__()
    g = (1 / x for x in [1, 0])
    list(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    ge = (x for x in 5)
except TypeError as e:
    print("eager first iterable:", type(e).__name__, e)
print(max((len(s), s) for s in ["aa", "b", "cc"]))
x = 10
print(list(x + i for i in range(3)))
print(tuple(c.upper() for c in "abc"))
