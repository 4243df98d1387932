# del on names, subscripts, slices and attributes.
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class O: pass
o = O()
o.a = 1; o.b = 2
del o.a
print(sorted(vars(o)))
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
a, b, c = 1, 2, 3
del a, b
print(c, 'a' in dir(), 'c' in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
try:
    del l[100]
except IndexError as e:
    print(type(e).__name__, e)
