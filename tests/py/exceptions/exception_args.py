# args, str() and repr() of exceptions.
cases = [
    Exception(),
    Exception("one"),
    Exception("a", "b"),
    Exception(1, [2]),
    ValueError("msg"),
    KeyError("key"),
    KeyError(),
    KeyError(1, 2),
    IndexError(5),
    OSError(2, "No such file"),
    StopIteration(42),
    SystemExit(3),
    AttributeError("attr"),
    ZeroDivisionError("zd"),
    Exception(None),
    Exception(""),
]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("x")
e.args = ("changed", 2)
print(e, repr(e))
class MyErr(Exception):
    pass
m = MyErr("custom", 7)
print(m, repr(m), m.args)
print(str(KeyError("quoted")), str(KeyError("a", "b")))
