# int(), //, and round toward zero / floor semantics on floats.
for v in [2.7, -2.7, 2.5, -2.5, 0.9999999999999999, -0.0001, 1e20 + 0.5]:
    print(v, int(v), v // 1, round(v), -(-v // 1))
print(int(1e300) == 10 ** 300, int(1e300) % 10 ** 10)
print(7.0 // 0.1, 7.0 % 0.1, 0.7 // 0.1, 0.7 % 0.1)
