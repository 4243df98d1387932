# Memoized Fibonacci with big ints: dict cache, decorator cache, and identities.
cache = {0: 0, 1: 1}
def fib(n):
    if n not in cache:
        cache[n] = fib(n - 1) + fib(n - 2)
    return cache[n]
def memoize(fn):
    memo = {}
    def wrapper(*args):
        if args not in memo:
            memo[args] = fn(*args)
        return memo[args]
    wrapper.memo = memo
    return wrapper
@memoize
def fib2(n):
    return n if n < 2 else fib2(n - 1) + fib2(n - 2)
for n in [10, 50, 100, 200]:
    print(n, fib(n), fib2(n), fib(n) == fib2(n))
print(len(cache), len(fib2.memo))
f500 = fib(500)
print(f500)
print("digits:", len(str(f500)), "digit sum:", sum(map(int, str(f500))))
print("Cassini:", all(fib(n - 1) * fib(n + 1) - fib(n) ** 2 == (-1) ** n for n in range(1, 300)))
print("gcd property:", all(fib(m) % fib(k) == 0 for k in range(1, 30) for m in range(k, 120, k)))
def fib_fast(n):
    if n == 0:
        return (0, 1)
    a, b = fib_fast(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)
print(fib_fast(500)[0] == f500, str(fib_fast(10000)[0])[:20], len(str(fib_fast(10000)[0])))
ratios = [fib(n + 1) / fib(n) for n in (5, 10, 20, 40)]
print(ratios)
first_with_100_digits = next(n for n in range(1000) if len(str(fib(n))) >= 100)
print("first with 100 digits:", first_with_100_digits)
