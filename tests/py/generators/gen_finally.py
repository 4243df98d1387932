# finally blocks in generators run on exhaustion, close and exception.
def g(tag):
    try:
        print(tag, "start")
        yield 1
        yield 2
    finally:
        print(tag, "cleanup")
print(list(g("full")))
x = g("closed")
next(x)
x.close()
y = g("broken")
for v in y:
    print("loop got", v)
    break
y.close()
def bad():
    try:
        yield 1
        raise ValueError("in gen")
    finally:
        print("bad cleanup")
try:
    for v in bad():
        print("bad got", v)
except ValueError as e:
    print("caught", e)
def with_return():
    try:
        yield 1
        return "r"
    finally:
        print("finally before StopIteration")
w = with_return()
next(w)
try:
    next(w)
except StopIteration as e:
    print("value", e.value)
