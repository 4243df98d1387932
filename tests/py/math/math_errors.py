# math domain and range errors.
import math
tests = [
    ("sqrt(-1)", lambda: math.sqrt(-1)),
    ("log(0)", lambda: math.log(0)),
    ("log(-1)", lambda: math.log(-1)),
    ("log10(-5)", lambda: math.log10(-5)),
    ("acos(2)", lambda: math.acos(2)),
    ("asin(-2)", lambda: math.asin(-2)),
    ("exp(1000)", lambda: math.exp(1000)),
    ("pow(10, 400)", lambda: math.pow(10.0, 400)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("factorial(-1)", lambda: math.factorial(-1)),
    ("factorial(2.5)", lambda: math.factorial(2.5)),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("fmod(1, 0)", lambda: math.fmod(1, 0)),
    ("sqrt('x')", lambda: math.sqrt("x")),
    ("floor(inf)", lambda: math.floor(math.inf)),
    ("ceil(nan)", lambda: math.ceil(math.nan)),
    ("comb(-1, 2)", lambda: math.comb(-1, 2)),
    ("gcd(1.5, 2)", lambda: math.gcd(1.5, 2)),
    ("log(1, 1)", lambda: math.log(1, 1)),
    ("cosh(1000)", lambda: math.cosh(1000)),
]
for name, fn in tests:
    try:
        print(name, "=", fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, "->", type(e).__name__ + ":", e)
print(math.sqrt(math.inf), math.exp(-1000), math.log(math.inf), math.atan(math.inf))
