# Generator expressions vs list comprehensions.
g = (x * 2 for x in range(4))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(10) if x % 2), max(len(s) for s in ["a", "abc", "ab"]))
print(sorted(x % 3 for x in range(10)), tuple(c for c in "hey"))
evaluated = []
def track(x):
    evaluated.append(x)
    return x
gen = (track(x) for x in range(5))
print(evaluated)
next(gen)
next(gen)
print(evaluated)
lst = [track(x) for x in range(3)]
print(evaluated)
print(any(track(x) > 1 for x in range(100)), evaluated[-3:])
