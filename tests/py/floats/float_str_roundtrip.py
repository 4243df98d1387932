# repr(float(repr(x))) round-trips for many values.
vals = []
x = 1.0
for i in range(40):
    vals.append(x)
    x = x * 1.7 + 0.013
vals += [1 / n for n in range(1, 30)]
vals += [n / 10 for n in range(-20, 21)]
ok = all(float(repr(v)) == v for v in vals)
print(ok, len(vals))
for v in vals[::5]:
    print(repr(v))
print([repr(n / 100) for n in range(0, 100, 7)])
