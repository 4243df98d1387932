# if / elif / else chains.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer")
if not x:
    print("never")
elif x:
    print("elif truthy")
if []:
    print("empty list true?")
else:
    print("empty list false")
if x == 5: print("one-liner")
y = 0
if y: pass
else: print("else one-liner")
if x > 1 and x < 10 or x == 100:
    print("compound")
