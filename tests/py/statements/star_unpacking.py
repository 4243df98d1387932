# Extended iterable unpacking with *.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "xyz"
print(a)
first, *_, last = "abcdef"
print(first, _, last)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for x, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(x, rest)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
h, *t = iter([9, 8, 7])
print(h, t, type(t).__name__)
