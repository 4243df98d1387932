# id() and hash() properties (never printing raw ids).
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) > 0)
print(hash(1), hash(-1), hash(0), hash(2 ** 40), hash(True), hash(False), hash(None) == hash(None))
print(hash("abc") == hash("abc"), hash((1, "a")) == hash((1, "a")), hash(1.5) == hash(1.5), hash(2.0) == hash(2))
print(hash(frozenset([1])) == hash(frozenset([1])), hash(b"x") == hash(b"x"))
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
class K:
    pass
k = K()
print(hash(k) == hash(k), isinstance(hash(k), int))
x = object()
ids = {id(x)}
print(id(x) in ids)
