# object(), NotImplemented, Ellipsis, slice objects.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(NotImplemented, type(NotImplemented).__name__, bool(Ellipsis), Ellipsis, ..., type(...).__name__)
print(... is Ellipsis, repr(...), str(NotImplemented))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(list(range(20))[s], "abcdefghijk"[slice(None, None, -3)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
class Cmp:
    def __eq__(self, o): return NotImplemented
print(Cmp() == Cmp(), Cmp() != 1)
