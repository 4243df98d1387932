# Dict equality ignores order; comparisons other than == are errors.
a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, list(a) == list(b), a.items() == b.items())
print({1: [1, 2]} == {1: [1, 2]}, {1: 1} == {1: 1.0}, {} == {}, {1: 2} == {1: 3})
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(a != {'x': 1}, {'a': {'b': 1}} == {'a': {'b': 1}})
