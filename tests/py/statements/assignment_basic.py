# Simple, chained and multiple-target assignment.
a = 1
b = c = d = [1]
print(a, b, c, d, b is c is d)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = "ab"
print(m, n)
i, = [42]
print(i)
a = b = a + 1
print(a, b)
u, v, w = range(3)
print(u, v, w)
k, (l, (m2, n2)) = 1, (2, (3, 4))
print(k, l, m2, n2)
s = t = "same"
print(s is t)
first, second = {'one': 1, 'two': 2}
print(first, second)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 1, 9
print(idx, lst)
