# Mixins and attribute lookup across multiple bases.
class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"
class EqMixin:
    def __eq__(self, o):
        return type(self) is type(o) and vars(self) == vars(o)
    __hash__ = None
class Base:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
class Record(JsonMixin, EqMixin, Base):
    pass
r1 = Record(b=2, a=1)
r2 = Record(a=1, b=2)
print(r1.to_json(), r1 == r2, r1 != Record(a=1))
print([c.__name__ for c in Record.__mro__])
class A:
    x = "A"
    def who(self): return "A"
class B:
    x = "B"
    y = "B.y"
    def who(self): return "B"
class C(A, B): pass
c = C()
print(c.x, c.y, c.who())
try:
    hash(r1)
except TypeError as e:
    print(type(e).__name__, e)
