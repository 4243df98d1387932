# inf, nan and negative zero arithmetic.
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan is nan, nan > 0, nan < 0)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == -inf)
print(-0.0, 0.0 == -0.0, repr(-0.0), str(-0.0), -0.0 + 0.0, -0.0 - 0.0, 0.0 * -1)
print(-0.0 * -0.0, abs(-0.0), -(0.0), 1 / inf * -1)
print(max(inf, 5), min(-inf, -5), sorted([3.0, inf, -inf, 0.0]))
print(inf % 2 if False else "skip", 5 % inf, -5 % inf, 5 // inf, -5 // inf)
print(round(-0.0), round(-0.4), round(0.4), type(round(-0.4)).__name__)
print(str(inf), str(-inf), str(nan), format(inf, '.2f'), format(nan, 'e'), format(-inf, '10'))
try:
    inf % 2
except ValueError as e:
    print(type(e).__name__, e)
print(2.0 ** 1024 if False else "skip")
try:
    2.0 ** 1024
except OverflowError as e:
    print(type(e).__name__, e)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 5e-324 / 2)
