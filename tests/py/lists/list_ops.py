# List operators: + * in len, repetition and concatenation.
a = [1, 2]
print(a + [3], a * 3, 3 * a, a * 0, a * -2, [] * 5)
print(len(a), 1 in a, 3 not in a, a + a == a * 2)
b = a
b += [9]
print(a, b is a)
c = a
c = c + [10]
print(a, c, c is a)
a *= 2
print(a, b is a)
print([None] * 3, [[]] * 2, list("ab") * 2)
try:
    a + (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(list(), list("abc"), list((1, 2)), list(range(3)), list({1: 'a', 2: 'b'}), list(x * 2 for x in [1, 2]))
print(list(reversed([1, 2, 3])), list(enumerate("ab")))
