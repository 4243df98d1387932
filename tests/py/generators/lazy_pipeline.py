# Chains of generators evaluate lazily, one item at a time.
def source(n):
    for i in range(n):
        print("source", i)
        yield i
def double(it):
    for x in it:
        print("double", x)
        yield x * 2
def take(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(double(source(10)), 3)))
def numbers():
    n = 2
    while True:
        yield n
        n += 1
def primes():
    seen = []
    for n in numbers():
        if all(n % p for p in seen):
            seen.append(n)
            yield n
p = primes()
print([next(p) for _ in range(15)])
def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
