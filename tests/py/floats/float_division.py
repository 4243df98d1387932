# Float //, %, divmod with negatives; division by zero.
pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.3), (-1.0, 0.3),
         (0.0, 1.0), (-0.0, 1.0), (0.0, -1.0), (5.0, 0.1), (1e300, 1e-10), (-3.0, 3.0)]
for a, b in pairs:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7 % 2.0, 7.0 % 7, -7.0 % 7)
for a in [1.0, -1.0, 0.0, 1]:
    for op in ['/', '//', '%', 'divmod']:
        try:
            if op == '/': a / 0.0
            elif op == '//': a // 0.0
            elif op == '%': a % 0.0
            else: divmod(a, 0.0)
        except ZeroDivisionError as e:
            print(a, op, type(e).__name__, e)
print(1 / 2, 1 / 3, 2 / 3, 10 / 4, -10 / 4, 1e308 / 1e-308)
