# Numerical algorithms in floats: Newton sqrt, series, integration.
def newton_sqrt(x):
    g = x / 2
    for _ in range(30):
        g = (g + x / g) / 2
    return g
print(newton_sqrt(2), newton_sqrt(144), newton_sqrt(1e10))
def leibniz_pi(n):
    return 4 * sum((-1) ** k / (2 * k + 1) for k in range(n))
print(leibniz_pi(1000))
def e_series(n):
    total, term = 0.0, 1.0
    for k in range(n):
        total += term
        term /= k + 1
    return total
print(e_series(20))
def integrate(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
print(integrate(lambda x: x * x, 0, 1, 1000))
print(integrate(lambda x: 1 / x, 1, 2, 100))
def mean_var(xs):
    m = sum(xs) / len(xs)
    return m, sum((x - m) ** 2 for x in xs) / len(xs)
print(mean_var([2, 4, 4, 4, 5, 5, 7, 9]))
print(mean_var([0.1, 0.2, 0.3]))
