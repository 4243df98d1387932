# == != < <= > >= across types.
print(1 == 1.0, 1 == True, 0 == False, 2 == 2.5)
print(1 < 1.5, 2.5 > 2, 3 <= 3.0, -1 >= -1.0)
print('abc' == 'abc', 'abc' < 'abd', 'Z' < 'a', 'a' < 'aa', '' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1] == [1.0])
print((1, 'a') < (1, 'b'), (2,) > (1, 99), () == ())
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, {1} < {1, 2}, {1, 2} <= {1, 2})
print(None == None, None != 0, None == False)
print(1 != 'a', [1] != (1,), 'a' == b'a')
for op in ['<', '>', '<=', '>=']:
    for a, b in [(1, 'a'), ([], ()), (None, 1), ({}, {})]:
        try:
            r = {'<': lambda: a < b, '>': lambda: a > b, '<=': lambda: a <= b, '>=': lambda: a >= b}[op]()
            print(op, r)
        except TypeError as e:
            print(op, type(e).__name__, e)
print(float('nan') == float('nan'), float('nan') != float('nan'), float('inf') > 10**300)
print(2**100 == 2.0**100, 2**100 + 1 == 2.0**100, 2**100 + 1 > 2.0**100)
