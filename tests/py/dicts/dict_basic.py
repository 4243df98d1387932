# dict creation, access, update, deletion.
d = {'a': 1, 'b': 2}
print(d, len(d), d['a'], 'a' in d, 'z' in d, 1 in d)
d['c'] = 3
d['a'] = 10
print(d)
del d['b']
print(d, list(d))
print(dict(), dict(x=1, y=2), dict([('k', 'v'), ('k2', 'v2')]), dict({'m': 1}, n=2), dict(zip('ab', [1, 2])))
print({}, {1: 'int', 1.5: 'float', 'str': 's', (1, 2): 'tuple', None: 'none', True: 'bool?'})
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    del d['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
print(d == {'c': 3, 'a': 10}, d != {'a': 10}, {1: 2} == {1.0: 2})
