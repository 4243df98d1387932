# staticmethod and classmethod.
class Temp:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def is_freezing(c):
        return c <= 0
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"
class Kelvin(Temp):
    scale = "K"
t = Temp.from_f(212)
print(type(t).__name__, t.deg)
k = Kelvin.from_f(32)
print(type(k).__name__, k.deg)
print(Temp.is_freezing(-1), t.is_freezing(5))
print(Temp.describe(), Kelvin.describe(), k.describe())
print(type(Temp.__dict__['from_f']).__name__, type(Temp.__dict__['is_freezing']).__name__)
print(type(Temp.from_f).__name__, type(Temp.is_freezing).__name__)
def plain(x):
    return x * 2
class C:
    double = staticmethod(plain)
    name = classmethod(lambda cls: cls.__name__)
print(C.double(4), C().double(5), C.name())
print(Temp.from_f.__self__ is Temp)
