# Argument binding in all combinations.
def f(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3))
print(f(1, c=3, d=0, e=9))
print(f(c=3, a=1))
print(f(1, 2, *[3, 4], c=5, **{'z': 6}))
def g(x, y):
    return x * 10 + y
print(g(1, 2), g(y=1, x=2), g(1, y=2), g(*(3, 4)), g(**{'x': 5, 'y': 6}))
def p(a, b, /):
    return a + b
print(p(1, 2))
try:
    p(1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
def q(a, /, b, *, c):
    return (a, b, c)
print(q(1, 2, c=3), q(1, b=2, c=3))
def kwonly_default(*, x=1, y):
    return x, y
print(kwonly_default(y=0))
def same_name_kw(a, **kw):
    return a, kw
print(same_name_kw(1, b=2))
try:
    same_name_kw(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
