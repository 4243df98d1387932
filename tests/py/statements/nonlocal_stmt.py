# nonlocal declarations and cells.
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n, inc
n, inc = outer()
print(n, inc(), inc())
def a():
    x = 'a'
    def b():
        x = 'b'
        def c():
            nonlocal x
            x = 'c'
        c()
        return x
    return b(), x
print(a())
def counter():
    count = 0
    def get(): return count
    def bump():
        nonlocal count
        count += 10
    return get, bump
get, bump = counter()
bump(); bump()
print(get())
def multi():
    p, q = 1, 2
    def swap():
        nonlocal p, q
        p, q = q, p
    swap()
    return p, q
print(multi())
def loop_closures():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    return [f() for f in fs]
print(loop_closures())
