# Class decorators.
def add_greeting(cls):
    cls.greet = lambda self: f"hello from {type(self).__name__}"
    return cls
@add_greeting
class A:
    pass
print(A().greet())
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco
@register("first")
class B: pass
@register("second")
class C: pass
print(sorted((k, v.__name__) for k, v in registry.items()))
def auto_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@auto_repr
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Pt(1, "two"))
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v): self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
def replace(cls):
    return "replaced"
@replace
class Gone: pass
print(Gone)
