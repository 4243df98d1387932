# send() into generators.
def accumulator():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
g = accumulator()
print(next(g))
print(g.send(10))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
def g2():
    x = yield
    print("got", x)
gen = g2()
try:
    gen.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(gen.send(None))
try:
    gen.send("hello")
except StopIteration:
    print("stopped")
def running_avg():
    total = n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
