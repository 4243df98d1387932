# Generator attributes and lifecycle states.
def gen():
    yield 1
    yield 2
g = gen()
print(g.__name__, g.__qualname__)
print(g.gi_running, g.gi_frame is not None)
next(g)
print(g.gi_frame.f_lineno if g.gi_frame else None)
list(g)
print(g.gi_frame)
def self_ref():
    yield g2.gi_running
g2 = self_ref()
print(next(g2))
def reentrant():
    yield next(g3)
g3 = reentrant()
try:
    next(g3)
except ValueError as e:
    print(type(e).__name__, e)
print(iter(g) is g)
