# bytes(), set(), frozenset(), list(), tuple(), dict() constructors from many sources.
print(bytes(4), bytes([1, 2]), bytes("hi", "ascii"), bytes(b"x"), bytes(range(3)), bytes(bytearray(b"ba")))
print(sorted(set([3, 1, 3])), sorted(frozenset("cab")), set(), frozenset())
print(list({"a": 1}), tuple({"a": 1}.items()), dict([("a", 1)]), dict(a=1, b=2), dict({"x": 0}, y=1))
print(list(range(3)), tuple(reversed([1, 2])), dict.fromkeys("ab", 0))
print(dict(zip(range(3), "abc")), set(zip("ab", "ab")) == {("a", "a"), ("b", "b")})
