# Comprehensions producing larger data.
squares = [i * i for i in range(2000)]
print(len(squares), squares[-1], sum(squares))
lookup = {i: str(i) for i in range(1000)}
print(len(lookup), lookup[999], sum(len(v) for v in lookup.values()))
mods = {i % 97 for i in range(10000)}
print(len(mods), min(mods), max(mods))
grid = [[(r * c) % 10 for c in range(50)] for r in range(50)]
print(sum(map(sum, grid)), grid[49][:10])
