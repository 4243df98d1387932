# Comprehensions over many iterable types.
print([c for c in "str"], [b for b in b"by"], [k for k in {"a": 1, "b": 2}])
print([v for v in {"a": 1, "b": 2}.values()], [kv for kv in {"a": 1}.items()])
print([x for x in (1, 2)], sorted(x for x in {3, 1, 2}), [x for x in range(3)])
print([line for line in "l1\nl2".splitlines()], [x for x in iter([5, 6])])
print([x for x in map(abs, [-1, -2])], [p for p in zip("ab", "cd")], [e for e in enumerate("xy")])
def gen():
    yield from "gen"
print([x for x in gen()], [x for x in reversed([1, 2, 3])])
