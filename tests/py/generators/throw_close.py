# throw() and close() on generators.
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside", e)
        yield "recovered"
    finally:
        print("finally runs")
g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("exhausted")
g = gen()
next(g)
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("next after close -> StopIteration")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "won't stop"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def plain():
    yield 1
p = plain()
try:
    p.throw(KeyError("k"))
except KeyError as e:
    print("unstarted throw propagates", repr(e))
p = plain()
next(p)
try:
    p.throw(TypeError, TypeError("typed"))
except TypeError as e:
    print("propagated", e)
def catches_exit():
    try:
        yield
    except GeneratorExit:
        print("got GeneratorExit")
        raise
c = catches_exit()
next(c)
c.close()
unstarted = plain()
unstarted.close()
print(list(unstarted))
