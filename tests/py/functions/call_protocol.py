# __call__ makes instances callable; bound methods carry self.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *more):
        return self.n + x + sum(more)
a = Adder(10)
print(a(1), a(1, 2, 3), callable(a))
class Counter:
    def __init__(self): self.count = 0
    def tick(self):
        self.count += 1
        return self.count
c = Counter()
t = c.tick
t(); t()
print(c.count, t.__self__ is c, t.__func__ is Counter.tick)
print(Counter.tick(c))
m1 = c.tick
m2 = c.tick
print(m1 == m2, m1 is m2)
class Factory:
    def __call__(self):
        return Factory
print(Factory()()() is Factory)
print(type(Adder).__call__(Adder, 5).n)
