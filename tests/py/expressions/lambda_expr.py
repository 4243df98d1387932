# lambda expressions.
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda *a: a)(1, 2))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
kw = lambda **k: sorted(k.items())
print(kw(z=1, a=2))
print((lambda x, *, y: x - y)(10, y=3))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print(sq.__name__, (lambda: 0).__name__)
