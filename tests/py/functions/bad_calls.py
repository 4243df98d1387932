# TypeError messages for bad calls.
def f(a, b, c=3):
    pass
def g(*, k):
    pass
def h():
    pass
class C:
    def m(self, x):
        pass
five, text, nothing = 5, 'str', None
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: g(),
    lambda: g(1),
    lambda: g(k=1, j=2),
    lambda: h(1),
    lambda: h(x=1),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(),
    lambda: (lambda x: x)(),
    lambda: f(b=1, c=2),
    lambda: f(*[1] * 5),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs('x'),
    lambda: int('x'),
    lambda: f(1, 2, **{'c': 1, 'b': 2}),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(type(e).__name__ + ":", e)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
