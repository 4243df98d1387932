# for loops over many iterables, with else/break/continue.
for x in [1, 2, 3]:
    print(x, end=' ')
print()
for ch in "abc":
    print(ch.upper(), end='')
print()
for k in {'b': 1, 'a': 2}:
    print(k, end=' ')
print()
for i, v in enumerate("xy"):
    print(i, v)
for a, b in zip([1, 2], "ab"):
    print(a, b)
for i in range(3):
    if i == 1:
        continue
    print("i", i)
else:
    print("else ran")
for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("broke at", i)
for i in []:
    print("never")
else:
    print("empty else")
for x in range(3):
    for y in range(3):
        if y > x:
            break
        print((x, y), end=' ')
print()
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
print(lst)
for i in range(3):
    pass
print("i after loop", i)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for lst[0] in [7, 8]:
    pass
print(lst)
