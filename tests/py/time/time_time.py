# time.time returns seconds since the epoch as a float.
import time
t = time.time()
print(type(t).__name__, t > 1.6e9, t < 1e11)
t2 = time.time()
print(t2 >= t - 1)
print(isinstance(time.time_ns(), int), time.time_ns() > 10 ** 18)
