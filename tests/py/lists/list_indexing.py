# Indexing with negative values, out of range, and non-int indices.
l = ['a', 'b', 'c', 'd']
for i in range(-4, 4):
    print(i, l[i])
for bad in [4, -5, 100]:
    try:
        l[bad]
    except IndexError as e:
        print(type(e).__name__, e)
for bad in ['1', 1.0, None]:
    try:
        l[bad]
    except TypeError as e:
        print(type(e).__name__, e)
l[-1] = 'D'
l[True] = 'B'
print(l)
try:
    l[4] = 'e'
except IndexError as e:
    print(type(e).__name__, e)
print(l[0][0], [[1, 2], [3]][0][-1])
