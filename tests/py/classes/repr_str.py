# __repr__ and __str__ and how builtins use them.
class Both:
    def __repr__(self): return "Both()"
    def __str__(self): return "both as str"
class ReprOnly:
    def __repr__(self): return "ReprOnly<>"
class StrOnly:
    def __str__(self): return "str only"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, repr(b), str(b), [b], (b,), {'k': b})
print(r, str(r), [r])
print(s, str(s))
print(f"{b} {b!r} {b!s}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(repr(s).startswith("<__main__.StrOnly object at 0x"))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class Nested:
    def __init__(self, items): self.items = items
    def __repr__(self): return f"Nested({self.items!r})"
print(Nested([Nested("a"), 1.5, None]))
class Sub(Both):
    pass
print(Sub(), repr(Sub()))
