# all and any, including short-circuiting.
print(all([]), any([]), all([1, 1]), all([1, 0]), any([0, 0]), any([0, 1]))
print(all("abc"), any(""), all([[]]), any([[]]), all(x > 0 for x in [1, 2]), any(x > 1 for x in [1, 2]))
seen = []
def check(x):
    seen.append(x)
    return x
print(all(check(x) for x in [1, 0, 1, 1]), seen)
seen.clear()
print(any(check(x) for x in [0, 0, 5, 0]), seen)
print(all(range(1, 10)), any(range(0)), all({0: 'k'}), any({0: 'a', 1: 'b'}))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
