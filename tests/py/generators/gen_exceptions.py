# Exceptions raised inside generators propagate to the consumer.
def g():
    yield 1
    raise KeyError("from gen")
it = g()
print(next(it))
try:
    next(it)
except KeyError as e:
    print(type(e).__name__, e)
try:
    next(it)
except StopIteration:
    print("dead after exception")
def handles():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print("handled at", i)
h = handles()
print(next(h))
print(h.throw(ValueError))
print(h.throw(ValueError))
try:
    h.throw(ValueError)
except StopIteration:
    print("stopped after last throw")
def div(xs):
    for x in xs:
        yield 10 / x
try:
    print(list(div([1, 2, 0, 5])))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
