# Assignment expressions (:=).
if (n := 10) > 5:
    print("n is", n)
print(n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
vals = iter([3, 2, 1, 0, 7])
while (v := next(vals)) != 0:
    print("got", v)
print((a := 1) + (b := 2), a, b)
def f():
    if (m := 42):
        return m
print(f())
total = 0
print([total := total + i for i in range(5)], total)
print(any((hit := w).startswith('b') for w in ['apple', 'banana', 'cherry']), hit)
z = (w := 5, 6)
print(z, w)
print(f"{(q := 7)} {q * 2}")
