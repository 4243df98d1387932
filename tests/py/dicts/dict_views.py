# keys/values/items views: dynamic, set-like operations.
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d['d'] = 4
print(len(k), list(v), ('d', 4) in it, 'd' in k, 4 in v)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'z'}))
print(sorted(it & {('a', 1), ('b', 99)}), sorted(it - {('a', 1)}))
print(k == {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c', 'd', 'e'}, k.isdisjoint({'x'}))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed(k)), list(reversed(v)), list(reversed(it))[:1])
try:
    for key in d:
        d['new' + key] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
e = {'x': 1}
try:
    for key in e:
        del e[key]
except RuntimeError as err:
    print(type(err).__name__, err)
print(v == v, d.values() == d.values())
print({1: 'a'}.keys() == {1: 'b'}.keys(), {1: 'a'}.items() == {1: 'a'}.items())
