# tuple() from iterables and error cases.
print(tuple([1, 2]), tuple((3,)), tuple("hi"), tuple(range(2, 5)), tuple({1: 2}), tuple(iter([9])))
gen = (i for i in range(3))
print(tuple(gen), tuple(gen))
for bad in [5, None, 3.5]:
    try:
        tuple(bad)
    except TypeError as e:
        print(type(e).__name__, e)
t = (1, 2)
print(tuple(t) == t, t[:] == t, t * 1 == t)
