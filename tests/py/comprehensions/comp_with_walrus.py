# Walrus inside comprehensions binds in the enclosing scope.
data = [1, 5, 2, 8, 3]
total = 0
running = [total := total + x for x in data]
print(running, total)
print([y for x in data if (y := x * 10) > 25], y)
def f():
    [last := i for i in range(4)]
    return last
print(f())
values = [(n, sq) for n in range(6) if (sq := n * n) % 2 == 0]
print(values, sq)
