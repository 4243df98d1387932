# Generator expression scoping: the first iterable is evaluated eagerly.
x = [1, 2, 3]
g = (i for i in x)
x = [7, 8]
print(list(g))
n = 10
g = (i + n for i in range(3))
n = 100
print(list(g))
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)
print(C.doubled, C.total)
def f():
    a = 1
    g = (a + i for i in range(2))
    a = 5
    return list(g)
print(f())
i = "outer"
lst = list(i for i in range(3))
print(i, lst)
