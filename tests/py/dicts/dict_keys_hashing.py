# Key equality and hashing: 1 == 1.0 == True, tuples, frozensets, custom objects.
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d))
d2 = {True: 'bool first'}
d2[1] = 'int second'
print(d2)
print({0: 'a', False: 'b', 0.0: 'c', -0.0: 'd'})
f = {frozenset({1, 2}): 'fs', (1, (2, 3)): 'nested tuple', '': 'empty str', b'': 'empty bytes'}
print(f[frozenset({2, 1})], f[(1, (2, 3))], f[''], f[b''])
class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, Key) and self.v == o.v
    def __repr__(self): return f"Key({self.v})"
kd = {Key(1): 'one', Key(2): 'two'}
print(kd[Key(1)], Key(3) in kd, kd)
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 42
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"C{self.v}"
cd = {Collide(i): i for i in range(5)}
print(cd, cd[Collide(3)], len(cd))
nan = float('nan')
nd = {nan: 1}
nd[nan] = 2
print(len(nd), nd[nan])
nd[float('nan')] = 3
print(len(nd))
