# **kwargs is a fresh dict each call; callers' dicts are not shared.
def f(**kw):
    kw['added'] = True
    return kw
d = {'a': 1}
r = f(**d)
print(d, r, r is d)
def g(*args):
    return args
t = (1, 2)
print(g(*t) is t or g(*t) == t)
l = [1, 2]
res = g(*l)
l.append(3)
print(res)
def h(a, **kw):
    return a, kw
print(h(**{'a': 1, 'b': 2}))
print(h(1, **{'x-y': 2, '1': 3}))
