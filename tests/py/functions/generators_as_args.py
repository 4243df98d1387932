# Passing generator expressions and iterables to functions.
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list(x for x in "abc"))
print(sorted((x % 3, x) for x in range(6)))
print(any(x > 5 for x in [1, 2, 7]), all(x > 0 for x in [1, -1]))
print(dict((k, v) for k, v in zip("ab", [1, 2])))
print(",".join(str(i) for i in range(5)))
print(min((abs(x - 10), x) for x in [3, 8, 14, 11]))
def consume(it):
    return [v for v in it]
print(consume(i for i in range(3)))
