# Tuple comparison and hashing.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9, 9))
print((1, 'a') == (1, 'a'), (1, 2) == [1, 2], (1.0, True) == (1, 1))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1,)]))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, 2)) != hash((2, 1)))
d = {(0, 0): 'origin', (1, 2): 'point'}
print(d[(1, 2)], d[0, 0], (1, 2) in d)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {(1, [2]): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(max([(1, 'b'), (1, 'c'), (0, 'z')]), min((3, 1), (3, 0, 5)))
