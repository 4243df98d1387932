# Return values of generators travel in StopIteration.value.
def gen():
    yield 1
    return "result"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def gen_none():
    yield 1
g = gen_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def raiser():
    yield 1
    raise StopIteration("inside")
try:
    list(raiser())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)
e = StopIteration(5)
print(e.value, StopIteration().value)
