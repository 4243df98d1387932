# Function decorators, stacked and parameterised.
def trace(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        r = fn(*a, **k)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, 2)
print(add.__name__)
def bold(fn):
    return lambda: "<b>" + fn() + "</b>"
def italic(fn):
    return lambda: "<i>" + fn() + "</i>"
@bold
@italic
def text():
    return "hi"
print(text())
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def greet(name):
    return "hello " + name
print(greet("bob"))
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def one(): pass
@register
def two(): pass
print(registry, one is not None)
order = []
def d1(f):
    order.append("d1"); return f
def d2(f):
    order.append("d2"); return f
@d1
@d2
def z(): pass
print(order)
def counted(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@counted
def sq(x): return x * x
sq(2); sq(3)
print(sq.calls, sq(4), sq.calls)
@(lambda f: f())
def immediately():
    return "called at decoration"
print(immediately)
