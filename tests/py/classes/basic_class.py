# Class definition, instances, attributes and methods.
class Point:
    """A 2-D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
q = p.moved(1, 1)
print(q.x, q.y, type(q).__name__, type(q) is Point)
print(Point.__name__, Point.__qualname__, Point.__doc__, Point.__module__)
print(sorted(vars(p).items()))
p.z = 5
print(sorted(p.__dict__))
print(Point.norm2(p))
print(isinstance(p, Point), isinstance(p, object), isinstance(3, Point))
class Empty:
    pass
e = Empty()
print(type(e).__name__, Empty.__bases__[0].__name__)
e.anything = [1]
print(e.anything)
try:
    p.missing
except AttributeError as err:
    print(type(err).__name__, err)
try:
    Point(1)
except TypeError as err:
    print(type(err).__name__, err)
