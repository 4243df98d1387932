# time.perf_counter and time.monotonic are non-decreasing floats.
import time
a = time.perf_counter()
total = 0
for i in range(10000):
    total += i
b = time.perf_counter()
print(type(a).__name__, b >= a, total)
m1 = time.monotonic()
m2 = time.monotonic()
print(type(m1).__name__, m2 >= m1)
samples = [time.perf_counter() for _ in range(100)]
print(all(x <= y for x, y in zip(samples, samples[1:])))
elapsed = time.perf_counter() - a
print(elapsed >= 0, elapsed < 60)
