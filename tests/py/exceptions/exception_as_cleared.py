# The `as` name is deleted at the end of the except clause.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", repr(e))
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
def f():
    x = None
    try:
        1 / 0
    except ZeroDivisionError as x:
        pass
    try:
        return x
    except UnboundLocalError as err:
        return "unbound: " + str(err)
print(f())
saved = None
try:
    raise KeyError("keep")
except KeyError as exc:
    saved = exc
print(repr(saved))
