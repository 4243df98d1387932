# repr of sets and equality between set and frozenset.
print(set(), {1}, frozenset({1}), frozenset(), {(1, 2)}, {None})
print({1, 2} == frozenset({1, 2}), frozenset({1}) == {1}, {1} == [1])
print(set([frozenset()]), {frozenset({1})})
s = {1, 2, 3}
print(str(s), repr(s), f"{s}")
print(len(set()), len({()}), bool(set()), bool({0}))
