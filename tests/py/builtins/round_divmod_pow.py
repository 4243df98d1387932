# round, divmod, pow builtins.
print(round(3.7), round(-3.7), round(2.5), round(3.5), round(3.14159, 2), round(1234, -2), round(5), round(-0.5))
print(round(1.2345, 3), round(0.5, 0), round(10.0, -1), type(round(1.5)).__name__, type(round(1.5, 1)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5), divmod(2 ** 70, 3))
print(pow(2, 10), pow(2, -1), pow(2.0, 0.5), pow(-8, 1 / 3) if False else "skip", pow(3, 4, 5), pow(7, -1, 11))
print(pow(0, 0), pow(0.0, 0), pow(1, -1), pow(-2, 2), pow(base=2, exp=5), pow(2, 5, mod=7))
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(round(1.5, None), round(2, None))
