# __getattr__, __getattribute__, __setattr__, __delattr__.
class Dyn:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x_"):
            return name[2:].upper()
        raise AttributeError(f"no attribute {name!r}")
d = Dyn()
print(d.real)
print(d.x_hello)
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, "x_y"), getattr(d, "zzz", "default"), hasattr(d, "nope"))
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
l = Logged()
l.a = 5
print(l.a)
del l.a
print(hasattr(l, 'a'))
class All:
    def __init__(self): self.v = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
a = All()
print(a.v, a.secret)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class T: pass
t = T()
p = Proxy(t)
p.color = "red"
print(t.color, p.color)
print(Proxy([3, 1, 2]).count(1))
