# Integer accumulation in loops crossing the small/big boundary.
total = 0
for i in range(1, 101):
    total += i ** 10
print(total)
p = 1
for i in range(100):
    p *= 7
print(p, p % 1000000007)
fib = [0, 1]
for i in range(200):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[200])
print(fib[200] // fib[199], fib[200] % fib[199] == fib[198])
n = 2 ** 200
steps = 0
while n > 1:
    n //= 3
    steps += 1
print(steps)
