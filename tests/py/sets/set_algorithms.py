# Using sets in algorithms: graph reachability, common elements, duplicates.
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [], 6: [], 7: [1]}
def reachable(start):
    seen = {start}
    stack = [start]
    while stack:
        n = stack.pop()
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                stack.append(m)
    return seen
print(sorted(reachable(1)), sorted(reachable(7)), sorted(reachable(5)))
a = [1, 2, 2, 3, 4, 4, 4]
b = [2, 4, 6]
print(sorted(set(a) & set(b)), sorted(set(a) - set(b)), len(a) - len(set(a)))
dupes = {x for x in a if a.count(x) > 1}
print(sorted(dupes))
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
