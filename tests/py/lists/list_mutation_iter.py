# Mutating lists while iterating and common idioms.
l = [1, 2, 3, 4, 5, 6]
for x in l[:]:
    if x % 2 == 0:
        l.remove(x)
print(l)
l = [1, 2, 3, 4, 5, 6]
l = [x for x in l if x % 3]
print(l)
l = list(range(10))
i = 0
while i < len(l):
    if l[i] % 3 == 0:
        del l[i]
    else:
        i += 1
print(l)
l = [0, 1, 2]
for i, x in enumerate(l):
    l[i] = x * 10
print(l)
l = [3, 1, 2]
it = iter(l)
print(next(it))
l.insert(0, 99)
print(list(it))
