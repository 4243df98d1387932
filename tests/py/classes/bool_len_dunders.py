# __bool__, __len__, __index__, __int__, __float__, __complex__, __round__, __hash__.
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v + 1000
    def __float__(self): return self.v + 0.5
    def __round__(self, n=None): return ("round", n)
    def __bool__(self): return self.v != 0
n = Num(3)
print([10, 20, 30, 40][n], "abcdef"[n:], bin(n), hex(n), oct(n))
print(int(n), float(n), round(n), round(n, 2), bool(n), bool(Num(0)))
print(range(n), list(range(Num(2))), "x" * Num(2))
class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()) if False else "skip", [0] * OnlyIndex())
class H:
    def __hash__(self): return 12345
print(hash(H()))
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self): return "no"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
