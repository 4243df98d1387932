# Powers, including huge and three-argument pow.
print(2 ** 1000)
print(len(str(3 ** 2000)), str(7 ** 500)[:30], str(7 ** 500)[-30:])
print(pow(2, 10), pow(2, -2), pow(-3, 3), pow(0, 0))
print(pow(3, 200, 1000000007), pow(2, 10 ** 18, 10 ** 9 + 7))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(5, 0, 1), pow(12345, 6789, 2 ** 61 - 1))
print(pow(3, -1, 7), pow(10, -2, 17), pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print((-1) ** (10 ** 20), (-1) ** (10 ** 20 + 1), 1 ** (10 ** 30))
print(10 ** 30 // 7 ** 20)
print((2 ** 89 - 1) % 1000000, (2 ** 127 - 1))
