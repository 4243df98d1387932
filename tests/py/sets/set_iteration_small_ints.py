# Iteration order of sets of small non-negative ints is by value in CPython.
print({5, 3, 1, 4, 2}, list({9, 8, 7}), sorted({-1, -5, 3}))
s = set()
for i in [30, 10, 20, 0]:
    s.add(i)
print(s, list(s))
print({0, 1, 2} | {7, 3}, {10, 2} - {2})
print(set(range(10, 0, -1)))
