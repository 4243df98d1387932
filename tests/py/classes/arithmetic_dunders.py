# Binary, reflected and in-place arithmetic dunders.
class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"Vec{self.c}"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(*(a + b for a, b in zip(self.c, o.c)))
        return NotImplemented
    def __sub__(self, o): return Vec(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*(a * k for a in self.c))
        return NotImplemented
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return Vec(*(a / k for a in self.c))
    def __floordiv__(self, k): return Vec(*(a // k for a in self.c))
    def __mod__(self, k): return Vec(*(a % k for a in self.c))
    def __pow__(self, k): return Vec(*(a ** k for a in self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self): return Vec(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __iadd__(self, o):
        print("iadd")
        self.c = tuple(a + b for a, b in zip(self.c, o.c))
        return self
    def __divmod__(self, k): return ("divmod", k)
    def __rsub__(self, o): return ("rsub", o)
    def __rpow__(self, o): return ("rpow", o)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a / 2, b // 2, b % 2, a ** 2, a @ b)
print(-a, +a, abs(Vec(3, 4)))
print(a & b, a | b, a ^ b, a << 1, a >> 1)
print(sum([a, b]), divmod(a, 7), 10 - a, 2 ** a)
a += b
print(a)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" @ a
except TypeError as e:
    print(type(e).__name__, e)
class Sub(Vec):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(Vec(1) + Sub(1))
