# Mutation semantics: aliasing, copy vs deepish copy, pop during loops via list().
a = {'k': [1]}
b = a
c = a.copy()
b['new'] = 1
c['k'].append(2)
print(a, b is a, c)
d = {i: i * i for i in range(10)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
e = {'x': 1, 'y': 2}
e2 = {k: v for k, v in e.items() if v > 1}
print(e, e2)
keys = list(e.keys())
e.clear()
print(keys, e)
