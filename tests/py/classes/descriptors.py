# Data and non-data descriptors and lookup precedence.
class Data:
    def __get__(self, obj, typ=None):
        return "data-get"
    def __set__(self, obj, value):
        print("data-set", value)
class NonData:
    def __get__(self, obj, typ=None):
        return "nondata-get" if obj is not None else "nondata-class"
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, c.n, C.n)
c.d = 5
c.__dict__['d'] = "instance d"
print(c.d)
c.n = "instance n"
print(c.n, C.n)
class Validated:
    def __init__(self, lo, hi): self.lo, self.hi = lo, hi
    def __set_name__(self, owner, name): self.attr = "_" + name
    def __get__(self, obj, typ=None): return getattr(obj, self.attr)
    def __set__(self, obj, v):
        if not self.lo <= v <= self.hi:
            raise ValueError(f"{self.attr[1:]}={v} out of range")
        setattr(obj, self.attr, v)
class Person:
    age = Validated(0, 150)
    def __init__(self, age): self.age = age
p = Person(30)
print(p.age)
try:
    p.age = 200
except ValueError as e:
    print(type(e).__name__, e)
class Method:
    def f(self): return self
m = Method()
print(Method.__dict__['f'].__get__(m)() is m)
