# time.sleep for a short interval advances the monotonic clock.
import time
start = time.monotonic()
time.sleep(0.01)
end = time.monotonic()
print(end - start >= 0.005, end - start < 5)
p0 = time.perf_counter()
time.sleep(0)
print(time.perf_counter() >= p0)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
