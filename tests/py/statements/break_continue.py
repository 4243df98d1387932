# break / continue interacting with try/finally and nested loops.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("---")
result = []
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        if i == 2:
            break
        result.append((i, j))
print(result)
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            break
    else:
        return -1
    return i
print(find([5, 6, 7], 6), find([5], 9))
n = 0
while n < 10:
    n += 1
    try:
        if n % 2:
            continue
    finally:
        pass
    if n > 6:
        break
print("n", n)
