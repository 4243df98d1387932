# set creation, membership, add/remove/discard/pop.
s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s, 5 not in s)
print(set(), set([1, 2, 2, 3]), set(range(5)), set((4, 4)), {1, 1.0, True})
s.add(4); s.add(1)
print(s)
s.remove(4)
s.discard(99)
s.discard(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
p = {7}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.add({})
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(set("mississippi")), len(set("mississippi")))
c = {1, 2}
d = c.copy()
d.add(3)
print(c, d)
c.clear()
print(c, type(c).__name__, bool(c))
