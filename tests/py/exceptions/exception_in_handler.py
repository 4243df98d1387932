# Errors inside except/else blocks and handler re-entry.
def f():
    try:
        raise ValueError("first")
    except ValueError as e:
        print("handling", e)
        try:
            raise TypeError("second")
        except TypeError as e2:
            print("inner handling", e2, "| context:", repr(e2.__context__))
        print("back in outer handler")
    print("done")
f()
try:
    try:
        raise KeyError("a")
    except KeyError:
        undefined_function()
except NameError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
