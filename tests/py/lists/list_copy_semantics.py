# Copying lists: slicing, list(), copy(), and identity.
a = [[1, 2], [3, 4]]
for name, cp in [("slice", a[:]), ("list", list(a)), ("copy", a.copy()), ("comp", [x for x in a])]:
    print(name, cp == a, cp is a, cp[0] is a[0])
b = a.copy()
b.append([5])
b[0].append('shared')
print(a, b)
c = [x[:] for x in a]
c[1].append('private')
print(a, c)
x = y = []
x.append(1)
print(y, x is y)
def modify(lst):
    lst.append('modified')
    lst = ['rebound']
    return lst
orig = []
print(modify(orig), orig)
