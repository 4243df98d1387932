# Keyword-only and positional-only parameters.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=1))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def g(a, b, /, c, *, d):
    return a, b, c, d
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
try:
    g(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
def h(x, /, **kw):
    return x, sorted(kw.items())
print(h(1, x=2))
def k(*args, last):
    return args, last
print(k(1, 2, last=3))
try:
    k(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def m(*, a, b):
    return a - b
print(m(b=1, a=10))
try:
    m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__kwdefaults__, g.__code__.co_posonlyargcount, g.__code__.co_kwonlyargcount)
