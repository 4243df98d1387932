# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__, __missing__.
class Seq:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(*self.items[i])
        return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
    def __delitem__(self, i): del self.items[i]
    def __contains__(self, v): return v in self.items
    def __iter__(self): return iter(self.items)
    def __reversed__(self): return iter(self.items[::-1])
    def __repr__(self): return f"Seq{tuple(self.items)}"
s = Seq(1, 2, 3, 4)
print(len(s), s[0], s[-1], s[1:3], s[::-1])
s[0] = 10
del s[1]
print(s, 3 in s, 2 in s, list(reversed(s)), list(s))
print(bool(Seq()), bool(s))
class D(dict):
    def __missing__(self, key):
        return f"missing:{key}"
d = D(a=1)
print(d['a'], d['zz'], d.get('zz'), 'zz' in d)
class Grid:
    def __getitem__(self, key):
        r, c = key
        return r * 10 + c
g = Grid()
print(g[1, 2], g[3, 4])
class OldIter:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return "abc"[i]
print(list(OldIter()), 'b' in OldIter(), list(reversed(Seq(1, 2))))
class LenOnly:
    def __len__(self): return 5
print(len(LenOnly()))
try:
    len(Grid())
except TypeError as e:
    print(type(e).__name__, e)
