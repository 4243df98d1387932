# raise with classes, instances and invalid objects.
try:
    raise ValueError
except ValueError as e:
    print("class raised ->", repr(e))
try:
    raise ValueError("instance")
except ValueError as e:
    print("instance ->", repr(e))
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise object
except TypeError as e:
    print(type(e).__name__, e)
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
def thrower(cls, *a):
    raise cls(*a)
for cls in [KeyError, IndexError, RuntimeError]:
    try:
        thrower(cls, "via function")
    except Exception as e:
        print(type(e).__name__, e)
err = ValueError("reused")
for i in range(2):
    try:
        raise err
    except ValueError as e:
        print(i, e is err)
