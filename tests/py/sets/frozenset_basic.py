# frozenset: immutable, hashable.
f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, frozenset(), frozenset("aab") == frozenset("ab"))
print(f | {9}, f & {1, 9}, f - {1}, f ^ {1, 4}, type(f | {9}).__name__, type({9} | f).__name__)
print(hash(f) == hash(frozenset([1, 2, 3])), {f: 'value'}[frozenset({1, 2, 3})])
print({frozenset({1}), frozenset({1})}, f == {1, 2, 3}, f.issubset({1, 2, 3, 4}))
print(f.union([7]), f.intersection([1]), f.copy() == f)
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
nested = frozenset([frozenset([1]), frozenset([2, 3])])
print(sorted(sorted(x) for x in nested))
print(frozenset({1: 'a', 2: 'b'}), repr(frozenset()))
