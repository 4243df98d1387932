# iter() with 1 and 2 arguments, next() with default.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(list(iter("abc")), list(iter((1, 2))), list(iter({"k": 1})), sorted(iter({3, 1})))
data = [5, 4, 3, 0, 2, 1]
pos = iter(range(len(data)))
sentinel_iter = iter(lambda: data[next(pos)], 0)
print(list(sentinel_iter))
count = 0
def counter():
    global count
    count += 1
    return count
print(list(iter(counter, 5)))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
it2 = iter([1])
print(iter(it2) is it2)
