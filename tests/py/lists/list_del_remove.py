# Removing from lists: del, remove, pop, clear, slice deletion.
l = list("abcdefgh")
del l[0]; print(l)
del l[-1]; print(l)
del l[1:3]; print(l)
print(l.pop(1), l)
l.remove('f'); print(l)
l.extend("xx")
l.remove('x'); print(l)
del l[:]; print(l)
l = list(range(20))
del l[::4]; print(l)
del l[-3::-5]; print(l)
l.clear()
try:
    del l[0]
except IndexError as e:
    print(type(e).__name__, e)
