# Nested function definitions and redefinition.
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def f(): return 1
g = f
def f(): return 2
print(f(), g())
def conditional(flag):
    if flag:
        def h(): return "true branch"
    else:
        def h(): return "false branch"
    return h()
print(conditional(True), conditional(False))
def make_ops():
    def add(a, b): return a + b
    def sub(a, b): return a - b
    return {'add': add, 'sub': sub}
ops = make_ops()
print(ops['add'](2, 3), ops['sub'](2, 3))
def counter_gen():
    def step(n):
        return n + 1
    n = 0
    for _ in range(5):
        n = step(n)
    return n
print(counter_gen())
