# List slicing: read, assign, delete, with steps.
a = list(range(10))
print(a[2:5], a[::2], a[::-1], a[-3:], a[7:2:-2], a[:100])
b = a[:]
b[2:5] = ['x', 'y']
print(b)
b = a[:]
b[2:2] = ['inserted', 'two']
print(b)
b = a[:]
b[:3] = []
print(b)
b = a[:]
b[::2] = ['e'] * 5
print(b)
b = a[:]
b[::-3] = 'ABCD'
print(b)
b = a[:]
b[1:8:3] = [None, None, None]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
b = a[:]
del b[::2]
print(b)
b = a[:]
del b[1:-1:3]
print(b)
b = a[:]
del b[5:]
print(b)
b = a[:]
del b[::-1]
print(b)
b = a[:]
b[len(b):] = [10, 11]
print(b)
b[-2:] = range(3)
print(b)
b[3:1] = ['weird']
print(b)
b[:] = "abc"
print(b)
try:
    b[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
c = [1, 2, 3]
c[1:2] = c
print(c)
