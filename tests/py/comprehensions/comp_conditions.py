# Multiple filters and conditional expressions in comprehensions.
nums = range(-5, 6)
print([n for n in nums if n > 0 if n % 2])
print(["pos" if n > 0 else "neg" if n < 0 else "zero" for n in nums])
print([n for n in nums if not n % 2 and n])
print([(n, "even") if n % 2 == 0 else (n, "odd") for n in range(4)])
words = ["apple", "", "Banana", None, "cherry", "  "]
print([w.strip().lower() for w in words if w and w.strip()])
print([x for x in [0, 1, [], [0], "", "a", None, False, True] if x])
