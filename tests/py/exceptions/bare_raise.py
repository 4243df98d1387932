# Bare raise re-raises the exception being handled.
def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling, re-raising")
        raise
try:
    f()
except ValueError as e:
    print("got", e)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def g():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        raise
try:
    g()
except Exception as e:
    print("re-raised", type(e).__name__, e)
def h():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    h()
except ZeroDivisionError as e:
    print("raise saved:", e)
