# Dicts preserve insertion order, including after updates and deletes.
d = {}
for k in ['zebra', 'apple', 'mango', 'banana']:
    d[k] = len(k)
print(list(d), list(d.values()))
d['apple'] = 100
print(list(d.items()))
del d['zebra']
d['zebra'] = 0
print(list(d))
d.pop('mango')
d['kiwi'] = 4
print(d)
e = dict.fromkeys('hello')
print(e, list(e))
m = {3: 'c', 1: 'a', 2: 'b'}
print(m, sorted(m), list(m.keys()))
u = {'a': 1}
u.update({'c': 3, 'b': 2, 'a': 0})
print(u)
n = {**u, 'd': 4, 'a': 'first-key-kept-position'}
print(n)
for i in range(20):
    n[i] = i
for i in range(0, 20, 2):
    del n[i]
print(list(n))
print(list(reversed({'x': 1, 'y': 2, 'z': 3})), list(reversed({}.keys())))
