# *args and **kwargs collection.
def f(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, kwargs
print(f())
print(f(1, 2, 3))
print(f(a=1, b=2))
print(f(1, x='y'))
def g(a, b=2, *rest, key=None, **extra):
    return a, b, rest, key, extra
print(g(1))
print(g(1, 2, 3, 4, key='k', z=26))
print(g(*range(5), **{'w': 0}))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3, 4, 5))
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
def passthrough(*a, **k):
    return f(*a, **k)
print(passthrough(9, q=8))
