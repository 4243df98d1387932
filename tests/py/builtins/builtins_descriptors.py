# property, staticmethod, classmethod and super as builtins.
class A:
    def __init__(self): self._v = 1
    v = property(lambda self: self._v, lambda self, x: setattr(self, "_v", x * 2))
    s = staticmethod(lambda: "static")
    c = classmethod(lambda cls: cls.__name__)
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
    def explicit(self): return super(B, self).who()
a = A()
a.v = 5
print(a.v, A.s(), a.s(), A.c(), B.c(), B().who(), B().explicit())
print(type(A.__dict__["v"]).__name__, type(A.__dict__["s"]).__name__, type(A.__dict__["c"]).__name__)
p = property(doc="documented")
print(p.__doc__, p.fget, p.fset)
sup = super(B, B())
print(type(sup).__name__, sup.who())
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
