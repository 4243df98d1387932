# with statement and context manager protocol ordering.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("a") as x, CM("b") as y:
    print("two", x, y)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("n"):
        raise KeyError("kept")
except KeyError as e:
    print("propagated", repr(e))
def f():
    with CM("r"):
        return "returned"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
with (CM("p1") as p1,
      CM("p2") as p2):
    print(p1, p2)
class Target: pass
t = Target()
with CM("attr") as t.value:
    pass
print(t.value)
