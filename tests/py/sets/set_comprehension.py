# Set comprehensions and deduplication.
print({x % 5 for x in range(20)})
print({x * x for x in range(-3, 4)})
print(sorted({w.lower() for w in "The the THE a A an".split()}))
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted({len(w) for w in ["a", "bb", "cc", "ddd"]}))
seen = set()
unique = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, seen)
