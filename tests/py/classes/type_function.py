# type() with 1 and 3 arguments.
print(type(1), type("s"), type([]), type(None), type(type))
print(type(1).__name__, type(1.0).__name__, type(len).__name__)
Dyn = type("Dyn", (), {"x": 1, "hello": lambda self: "hi " + str(self.x)})
d = Dyn()
print(Dyn.__name__, d.x, d.hello(), type(d) is Dyn)
Base = type("Base", (object,), {"kind": "base"})
Child = type("Child", (Base,), {"kind2": "child"})
c = Child()
print(c.kind, c.kind2, [k.__name__ for k in Child.__mro__])
print(type(c) == Child, type(c) == Base, isinstance(c, Base))
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta).__name__, type(Meta).__name__, isinstance(WithMeta, type))
print(type(int) is type, type(object) is type, type.__name__)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
