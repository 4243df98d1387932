# Tuple creation, indexing, slicing and methods.
t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2])
print(t.count(2), t.index(3), t.index(1, 1), t.count(9))
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
x = 1, 2
y = 3,
print(x, y, type(y).__name__, (1) == 1, type((1)).__name__)
print(t + (9,), t * 2, (0,) * 3, 2 in t, 7 not in t)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t + [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
