# __enter__ / __exit__ receive exception details and can suppress.
class Res:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("release", self.name, exc_type.__name__ if exc_type else None,
              exc, tb is not None)
        return isinstance(exc, KeyError)
with Res("a") as r:
    print("using", r.name)
with Res("b"):
    raise KeyError("suppressed")
try:
    with Res("c"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("outer got", e)
with Res("outer"), Res("inner"):
    raise KeyError("inner suppresses")
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class Timer:
    depth = 0
    def __enter__(self):
        Timer.depth += 1
        return Timer.depth
    def __exit__(self, *a):
        Timer.depth -= 1
with Timer() as d1:
    with Timer() as d2:
        print(d1, d2, Timer.depth)
print(Timer.depth)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
