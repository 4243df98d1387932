# Tuple packing and unpacking.
point = (3, 4)
x, y = point
print(x, y)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
first, *middle, last = (1, 2, 3, 4, 5)
print(first, middle, last, type(middle).__name__)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([5, 2, 8])
print(lo, hi)
pairs = [(1, 'one'), (2, 'two')]
for num, name in pairs:
    print(num, name)
for i, (num, name) in enumerate(pairs):
    print(i, num, name)
swap = (1, 2)
swap = swap[1], swap[0]
print(swap)
(a, b), = [(7, 8)]
print(a, b)
print(*(1, 2, 3), sep='|')
