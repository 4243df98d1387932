# Hand-written iterators next to generators.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r))
for a in Range2(2):
    for b in Range2(2):
        print(a, b)
class GetItem:
    def __getitem__(self, i):
        if i > 3: raise IndexError(i)
        return i * i
print(list(GetItem()), list(iter(GetItem())))
it = iter([1, 2])
print(next(it), next(it), next(it, 'end'))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 3, 2, 1]
print(list(calls))
