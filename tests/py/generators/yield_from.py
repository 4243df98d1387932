# yield from delegation and return-value propagation.
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
    return "outer done"
g = outer()
print(list(g))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def collect():
    r = yield from outer()
    yield r
print(list(collect()))
def echo():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            return got
        got.append(x)
def wrapper():
    res = yield from echo()
    yield ("final", res)
w = wrapper()
print(next(w), w.send('a'), w.send('b'), w.send(None))
def flatten(x):
    if isinstance(x, list):
        for i in x:
            yield from flatten(i)
    else:
        yield x
print(list(flatten([1, [2, [3, 4], 5], [[6]]])))
