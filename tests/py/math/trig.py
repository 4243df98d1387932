# Trigonometric and hyperbolic functions.
import math
for x in [0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi]:
    print(round(math.sin(x), 12), round(math.cos(x), 12), round(math.tan(x), 6) if x != math.pi / 2 else "skip")
print(math.asin(1), math.acos(0), math.atan(1), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.sinh(0), math.cosh(0), math.tanh(0), round(math.sinh(1), 12), math.asinh(0), math.acosh(1), math.atanh(0))
print(math.sin(0.5), math.cos(0.5), math.tan(0.5))
