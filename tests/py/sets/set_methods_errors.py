# Set method arguments and errors.
s = {1, 2, 3}
print(s.union(), s.intersection(), s.difference(), s.union("ab") == {1, 2, 3, 'a', 'b'})
print(s.issubset(range(10)), s.issuperset(iter([1, 2])), s.isdisjoint("xyz"))
for bad in [lambda: s.union(5), lambda: s.update(None), lambda: s.issubset(3), lambda: set(5), lambda: frozenset(1.5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.remove([1])
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2, 3} - {2}, s)
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
