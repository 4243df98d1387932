# Tuples are immutable but may contain mutable objects.
t = ([1], {'k': 0})
t[0].append(2)
t[1]['k'] += 1
print(t)
try:
    t[0] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
u = t
u += (None,)
print(t, u, t is u)
t2 = (1, 2)
t3 = t2[:]
print(t3 == t2, tuple(t2) == t2)
