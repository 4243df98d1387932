# x if cond else y, including laziness and nesting.
def side(tag, v):
    print("side", tag)
    return v
for n in range(-1, 2):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
print(side("a", 1) if True else side("b", 2))
print(side("a", 1) if False else side("b", 2))
x = [1, 2, 3]
print([i if i % 2 else -i for i in x])
f = lambda v: "even" if v % 2 == 0 else "odd"
print(f(10), f(7))
print((1 if 1 else 2) + 10)
print(1 if [] else 2, 1 if [0] else 2)
y = (lambda: 3) if x else None
print(y())
