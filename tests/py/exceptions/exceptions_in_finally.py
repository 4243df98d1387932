# An exception raised in finally replaces the in-flight one.
def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    f()
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))
except ValueError:
    print("not reached")
def g():
    try:
        return 1
    finally:
        1 / 0
try:
    g()
except ZeroDivisionError as e:
    print("return replaced by", type(e).__name__)
def nested():
    try:
        try:
            raise TypeError("t")
        finally:
            print("inner finally")
    finally:
        print("outer finally")
try:
    nested()
except TypeError as e:
    print("propagated", e)
