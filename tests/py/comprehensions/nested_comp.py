# Nested comprehensions and comprehension inside comprehension conditions.
n = 5
pascal = [[1]]
for _ in range(n - 1):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(row)
print([[x for x in range(y)] for y in range(4)])
print([x for x in range(30) if all(x % d for d in range(2, x)) and x > 1])
flat = [c for word in ["ab", "cd"] for c in word for _ in range(2)]
print(flat)
print({k: [v for v in range(k)] for k in range(3)})
print([(x, [y for y in range(x)]) for x in range(3)])
print(sum(sum(row) for row in [[1, 2], [3, 4]]))
