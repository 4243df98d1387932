# StopIteration ends loops; other exceptions propagate from iterators.
class Flaky:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("flaky at 3")
        return self.i
try:
    for x in Flaky():
        print("got", x)
except ValueError as e:
    print("loop stopped by", e)
it = iter([1, 2])
for x in it:
    print(x)
print(next(it, "exhausted"))
def gen():
    yield 1
    yield 2
g = gen()
print([x for x in g], next(g, "empty"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e))
