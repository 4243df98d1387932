# Call expressions with * and ** unpacking.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(1, 2))
print(f(*[1, 2], *(3,), 4))
print(f(**{'a': 1}, b=2, **{'c': 3}))
print(f(*range(3), x=1, *'ab'))
print(f(*[], **{}))
def g(a, b, c=0, *, d=1):
    return a, b, c, d
print(g(*(1, 2)), g(1, *[2, 3]), g(**{'a': 1, 'b': 2, 'd': 9}))
args = (1,)
kw = {'b': 5}
print(g(*args, **kw))
try:
    f(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(*[1, 2, 3, 4])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
print([*range(3), *'xy'], (*[1], 2), {*(1, 2), 3} == {1, 2, 3}, {**{'a': 1}, 'b': 2})
print(print(*['a', 'b'], sep='-'))
