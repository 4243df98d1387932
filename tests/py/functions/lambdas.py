# Lambdas as values, keys and closures.
ops = {
    '+': lambda a, b: a + b,
    '-': lambda a, b: a - b,
    '*': lambda a, b: a * b,
}
for k in ops:
    print(k, ops[k](6, 3))
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x ** 2, range(5))))
print(list(filter(lambda x: x % 3 == 0, range(10))))
make = lambda n: lambda x: x * n
print(make(3)(4))
print((lambda *a, **k: (a, k))(1, b=2))
print((lambda x=[]: x)() == [])
y = 10
cap = lambda: y
y = 11
print(cap())
print(type(cap).__name__, cap.__name__, cap.__qualname__)
def f():
    return lambda: 1
print(f().__qualname__)
rec = lambda n: 1 if n == 0 else n * rec(n - 1)
print(rec(6))
