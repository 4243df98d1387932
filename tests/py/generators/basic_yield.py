# Generator functions produce values lazily.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")
g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
def letters():
    yield 'a'
    yield 'b'
    return
    yield 'never'
print(list(letters()), list(letters()))
def empty():
    return
    yield
print(list(empty()))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
print([next(it) for _ in range(5)])
print(next(it, None), sum(x for x, _ in zip(infinite(), range(100))))
g2 = count_up(0)
print(list(g2))
