# Operators on str: + * % in comparisons indexing.
s = "hello"
print(s + " world", s * 3, 3 * s, s * 0, s * -1)
print(s[0], s[-1], s[1:3], s[::-1], s[::2])
print('ell' in s, 'xyz' not in s)
print(s < 'help', s == 'hello', s != 'Hello')
print(len(s), len(''))
try:
    s + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    s * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'H'
except TypeError as e:
    print(type(e).__name__, e)
print('%s=%d' % ('x', 5))
