# Comprehension variables do not leak; they see enclosing scopes.
x = "outer x"
result = [x for x in range(3)]
print(x, result)
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
y = 5
squares = {y: y * y for y in range(3)}
print(y, squares)
def closures():
    return [lambda: i for i in range(3)]
print([g() for g in closures()])
def closures_fixed():
    return [lambda i=i: i for i in range(3)]
print([g() for g in closures_fixed()])
def uses_arg(k):
    return [k * i for i in range(3)] + [j for j in range(k)]
print(uses_arg(2))
try:
    print(i)
except NameError as e:
    print(type(e).__name__, e)
vals = [[1, 2], [3]]
print([v for v in vals for v in v])
