# Rich comparison dunders and sorting of user objects.
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"lt({self.v},{o.v})", end=' ')
        return self.v < o.v
    def __repr__(self): return f"V{self.v}"
vs = [V(3), V(1), V(2)]
print(sorted(vs))
print(V(1) < V(2))
print(V(5) > V(2))
try:
    V(1) <= V(2)
except TypeError as e:
    print(type(e).__name__, e)
class Full:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
a, b = Full(1), Full(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(max(Full(4), Full(9), Full(2)).v, min([Full(4), Full(9)]).v)
class NI:
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return NotImplemented
try:
    NI() < NI()
except TypeError as e:
    print(type(e).__name__, e)
class R:
    def __gt__(self, o):
        return "R.__gt__"
print(1 < R())
