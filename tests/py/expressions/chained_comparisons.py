# Chained comparisons evaluate each operand at most once.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(3) == v(3), calls)
print(1 < 2 <= 2 < 3 != 4 == 4)
print(2 > 1 < 3 > 0)
a = [1]
b = a
print(a is b is not None, a == b == [1])
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[1]])
x = 5
print(0 < x < 10, 0 < x < 3, 10 > x >= 5)
print('a' < 'b' < 'c', 'abc' < 'abd' < 'b')
print((1, 2) < (1, 3) < (2,))
