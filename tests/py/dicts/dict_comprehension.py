# Dict comprehensions.
squares = {x: x * x for x in range(6)}
print(squares)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
words = ["apple", "banana", "avocado", "cherry", "blueberry"]
print({w[0]: w for w in words})
print({c: words.count(c) for c in ["apple", "kiwi"]})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({x % 3: x for x in range(10)})
keys = ['a', 'b', 'c']
print({k: i for i, k in enumerate(keys)}, dict(enumerate(keys)))
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 3)}
print(nested)
