# range construction, len, indexing, iteration.
for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3),
          range(0, -10, -3), range(1, 2, 10)]:
    print(r, len(r), list(r), bool(r))
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:4], r[::-1], r[::2], list(r[1:4]), r[-2:], r[100:])
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(0, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(range(3)).__name__, repr(range(3)), str(range(1, 5, 2)))
