# All common dict methods.
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 'default'))
print(d.setdefault('a', 99), d.setdefault('d', 4), d.setdefault('e'), d)
print(d.pop('e'), d.pop('zz', 'fallback'), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
print(d.popitem(), d)
c = d.copy()
c['new'] = True
print(d, c, c is d)
d.update([('x', 10)], y=20)
print(d)
d.update(a=-1)
print(d)
print(dict.fromkeys(['k1', 'k2'], 0), dict.fromkeys(range(3)), dict.fromkeys('ab', []))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print({'a': 1} | {'b': 2}, {'a': 1, 'b': 2} | {'a': 3})
m = {'a': 1}
m |= {'c': 3}
m |= [('d', 4)]
print(m)
