# while loops with else, break and continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while-else runs, i =", i)
n = 0
while True:
    n += 1
    if n > 3:
        break
    print("n", n)
else:
    print("not printed")
print("after break", n)
k = 10
while k > 0:
    k -= 3
print("k", k)
count = 0
while count < 3:
    j = 0
    while j < 3:
        if j == count:
            break
        j += 1
    else:
        print("inner else at", count)
    print("count", count, "j", j)
    count += 1
while False:
    print("never")
else:
    print("else of never-run loop")
