# Slicing ranges produces ranges.
r = range(2, 30, 4)
for s in [slice(1, 4), slice(None, None, -1), slice(None, None, 2), slice(-3, None), slice(1, -1, 3),
          slice(10, 20), slice(None, None, -3), slice(5, 0, -2)]:
    sub = r[s]
    print(s, sub, list(sub), list(sub) == list(r)[s])
