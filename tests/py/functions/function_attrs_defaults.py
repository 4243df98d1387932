# Mutating defaults through __defaults__ and kwdefaults.
def f(a, b=[], *, c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(f(1))
print(f(2))
print(f.__defaults__, f.__kwdefaults__)
def g(x=1, y=2): return x + y
print(g.__defaults__)
g.__defaults__ = None
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
print(g(1, 1))
