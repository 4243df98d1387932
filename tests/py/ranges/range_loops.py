# range in loops and with builtins.
total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(1, 101)), sum(range(0, 101, 2)))
print(list(range(3, -4, -1)), max(range(10)), min(range(5, 10)), sorted(range(3), reverse=True))
print([i * j for i in range(1, 4) for j in range(i)])
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
print(list(map(lambda x: x ** 2, range(5))), list(filter(lambda x: x % 2, range(10))))
for i in range(2, -1, -1):
    print("countdown", i)
print(any(x > 8 for x in range(10)), all(x < 10 for x in range(10)), list(range(0)))
print(tuple(range(5)[1:3]), set(range(3)), dict.fromkeys(range(2)))
