# Class attributes vs instance attributes.
class Counter:
    count = 0
    shared = []
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b, c = Counter(), Counter(), Counter()
print(Counter.count, a.count, a.id, c.id)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
a.shared.append('x')
print(b.shared, Counter.shared)
Counter.new_attr = 'added later'
print(c.new_attr)
print('count' in Counter.__dict__, 'id' in Counter.__dict__, 'id' in vars(a))
class Base:
    x = 'base'
class Derived(Base):
    pass
print(Derived.x)
Derived.x = 'derived'
print(Base.x, Derived.x)
del Derived.x
print(Derived.x)
print(getattr(Counter, 'count'), hasattr(Counter, 'nope'))
