# __eq__, __ne__, __hash__ interplay.
class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o):
        if not isinstance(o, P):
            return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
a, b, c = P(1, 2), P(1, 2), P(2, 1)
print(a == b, a != b, a == c, a is b, a == (1, 2))
print(len({a, b, c}), {a: 'first', b: 'second'}[P(1, 2)])
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
class Default: pass
d1, d2 = Default(), Default()
print(d1 == d1, d1 == d2, d1 != d2, hash(d1) == hash(d1))
class OnlyNe:
    def __ne__(self, o): return "custom ne"
print(OnlyNe() != 1, OnlyNe() == OnlyNe())
class Reflect:
    def __eq__(self, o):
        print("Reflect.__eq__ called")
        return True
print(1 == Reflect(), Reflect() == 1, "x" != Reflect())
print([P(1, 2)] == [P(1, 2)], P(1, 2) in [P(0, 0), P(1, 2)])
print([1, 2].index(2), [P(3, 3)].count(P(3, 3)))
