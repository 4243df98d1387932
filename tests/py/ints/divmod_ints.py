# divmod, //, % with all sign combinations and big values.
for a in [17, -17, 0, 1, -1, 10 ** 30 + 7, -(10 ** 30 + 7)]:
    for b in [5, -5, 1, -1, 2 ** 70 + 1, -(2 ** 70 + 1)]:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a, b, q, r, a // b, a % b)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (10 ** 40) % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(7 / 2, -7 / 2, (10 ** 30) / (10 ** 10), 1 / 3)
print((2 ** 100) / 2, 10 ** 20 / 3)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) / (10 ** 399), (10 ** 400) // (10 ** 399))
