# property getters, setters, deleters.
class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        print("get radius")
        return self._r
    @radius.setter
    def radius(self, v):
        print("set radius", v)
        if v < 0:
            raise ValueError("negative radius")
        self._r = v
    @radius.deleter
    def radius(self):
        print("del radius")
        del self._r
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)
c = Circle(2)
print(c.radius, c.area)
c.radius = 3
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.area = 10
except AttributeError as e:
    print(type(e).__name__, e)
del c.radius
print(hasattr(c, '_r'))
class Old:
    def getx(self): return self._x
    def setx(self, v): self._x = v * 10
    x = property(getx, setx, None, "x doc")
o = Old()
o.x = 4
print(o.x, Old.x.__doc__, type(Old.x).__name__)
class RO:
    @property
    def val(self):
        return 42
try:
    del RO().val
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Circle):
    @property
    def radius(self):
        return "overridden"
print(Sub(1).radius)
