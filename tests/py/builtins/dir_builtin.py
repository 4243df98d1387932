# dir() on modules, classes and instances (public names only).
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self): pass
def public(names):
    return [n for n in names if not n.startswith("_")]
print(public(dir(Child)))
print(public(dir(Child())))
print(dir(Child()) == sorted(dir(Child())))
print(public(dir([])))
print(public(dir("")))
print(public(dir({})))
print(public(dir(1)))
def local_scope():
    a = 1
    b = 2
    return dir()
print(local_scope())
class Custom:
    def __dir__(self): return ["z", "a", "m"]
print(dir(Custom()))
import math
print([n for n in public(dir(math)) if n in ("pi", "sqrt", "floor", "e")])
