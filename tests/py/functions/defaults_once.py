# Default values are evaluated once, at definition time.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
calls = 0
def make_default():
    global calls
    calls += 1
    return calls * 100
def f(v=make_default()):
    return v
print(f(), f(), f(5), calls)
n = 10
def g(v=n):
    return v
n = 20
print(g())
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
print(append_to.__defaults__)
def h(a, b=2, c=3): return a, b, c
print(h.__defaults__, h(1), h(1, c=9))
h.__defaults__ = (20, 30)
print(h(1))
