# str() and repr() of many types.
vals = [0, -1, 1.5, 1e20, 1j, True, None, [1, 'a'], (1,), (), {1: 'x'}, set(), {2},
        frozenset(), 'quote\'s', "dq\"", b'by', bytearray(b'ba'), range(3), range(1, 10, 2),
        slice(1, 2), Ellipsis, NotImplemented, int, str, type(None), 'tab\t', 'nl\n', '\\']
for v in vals:
    print(str(v), "|", repr(v))
print(str(), repr(""), str("already"), str(b"x", "ascii"))
print(repr("'"), repr('"'), repr("'\""), repr("\x1b[0m"), repr("\u0100"))
class C:
    def __str__(self): return "C.__str__"
print(str(C()), str([C()]).startswith("[<__main__.C object"))
