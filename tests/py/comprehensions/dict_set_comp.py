# Dict and set comprehensions.
print({x: x ** 3 for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v})
print({x % 4 for x in range(100)})
print({s: len(s) for s in ["a", "bb", "a", "ccc"]})
print(sorted({c for c in "comprehension"}))
print({i: {j for j in range(i)} for i in range(4)})
print({(a, b): a * b for a in range(1, 3) for b in range(1, 3)})
