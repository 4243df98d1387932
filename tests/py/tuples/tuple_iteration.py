# Iterating tuples; zip, enumerate, reversed, map over tuples.
t = ("a", "b", "c")
for i, v in enumerate(t):
    print(i, v)
print(list(reversed(t)), tuple(reversed(t)), tuple(zip(t, range(3))))
print(tuple(map(str.upper, t)), tuple(filter(lambda s: s != "b", t)))
print(list(zip(*[(1, 'x'), (2, 'y'), (3, 'z')])))
matrix = ((1, 2, 3), (4, 5, 6))
print(tuple(zip(*matrix)), tuple(sum(r) for r in matrix))
print(any(t), all(()), max(t), min(t), "".join(t))
