# + - * / // % ** on ints and floats, positive and negative.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (6, 3), (1, 7)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (0.5, 0.25)]:
    print(a, b, a // b, a % b, a / b)
print(2 ** 0, 2 ** 1, 2 ** 10, 2 ** 100)
print((-2) ** 3, (-2) ** 4, 2 ** -2, (-2) ** -1)
print(0 ** 0, 0.0 ** 0, 1 ** 1000)
print(4 ** 0.5, 8 ** (1 / 3))
print(10 % 3.5, -10 % 3.5, 10.0 // 3)
print(True + 1, True * 10, 3 - True)
print(divmod(-7.5, 2), divmod(7, -2))
for op in ['/', '//', '%']:
    for a in [1, 1.0]:
        try:
            a / 0 if op == '/' else a // 0 if op == '//' else a % 0
        except ZeroDivisionError as e:
            print(op, type(a).__name__, type(e).__name__, e)
