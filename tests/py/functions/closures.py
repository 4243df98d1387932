# Closures share cells with their defining scope.
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def peek():
        return count
    return inc, peek
inc, peek = make_counter()
inc(); inc(); inc()
print(peek())
inc2, peek2 = make_counter()
inc2()
print(peek(), peek2())
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(10), adder(-1)(1))
def outer():
    v = 'before'
    def get(): return v
    v = 'after'
    return get
print(outer()())
print(add5.__closure__ is not None, len(add5.__closure__), add5.__closure__[0].cell_contents)
print(make_counter.__closure__)
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1
print(deep()()()())
def gen_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in gen_multipliers()])
def shared():
    items = []
    def add(x): items.append(x)
    def get(): return list(items)
    return add, get
a, g = shared()
a(1); a(2)
print(g())
print(inc.__code__.co_freevars, make_counter.__code__.co_cellvars)
