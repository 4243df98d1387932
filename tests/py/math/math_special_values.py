# math with infinities, nan, negative zero and big ints.
import math
inf, nan = math.inf, math.nan
print(math.floor(-0.0), math.copysign(1, -0.0), math.copysign(1, 0.0), math.fabs(-inf))
print(math.isnan(inf - inf), math.isinf(1e308 * 10), math.hypot(inf, nan), math.hypot(nan, 1))
print(math.sqrt(10 ** 100), math.log(10 ** 400), math.log2(2 ** 2000), math.floor(2 ** 70 / 3))
print(math.trunc(1e300) == int(1e300), math.ceil(-0.5), math.floor(0.5))
print(math.fsum([1e100, 1.0, -1e100]), math.fsum([inf, 1]), math.prod(range(1, 21)))
print(math.isqrt(2 ** 200), math.isqrt(0), math.isqrt(1), math.gcd(2 ** 200 + 2, 2 ** 100 + 1))
