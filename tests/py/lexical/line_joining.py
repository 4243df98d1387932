# Explicit (backslash) and implicit (bracket) line joining.
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,  # comment inside brackets
    3,
]
print(items)
d = {
    'a': 1,
    'b': 2
}
print(d)
t = (
    'x'
    'y'
)
print(t)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
if (1 and
        2):
    print("joined condition")
x = 1 if True \
    else 2
print(x)
print(sum(
    i for i in range(5)
))
s = [i *
     2 for i in
     range(3)]
print(s)
