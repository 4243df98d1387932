# Sets of tuples and user objects with __hash__/__eq__.
points = {(0, 0), (1, 2), (0, 0), (2, 1)}
print(len(points), sorted(points), (1, 2) in points)
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P({self.x},{self.y})"
ps = {P(1, 2), P(1, 2), P(2, 1)}
print(len(ps), P(2, 1) in ps, sorted(ps, key=lambda p: (p.x, p.y)))
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({"banana", "apple", "cherry"}), len({"a", "a", "b"}))
