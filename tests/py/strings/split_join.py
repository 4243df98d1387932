# str.split, rsplit and join.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(' '))
print(s.split(None, 2), s.rsplit(None, 2))
print("a,b,,c,".split(','), "a,b,,c,".split(',', 1), "a,b,,c,".rsplit(',', 2))
print("".split(), "".split(','), "   ".split(), "   ".split(' '))
print("abc".split('abc'), "aXbXc".split('X', 0), "aXbXc".split('X', -1))
print("one::two::three".split('::'), "one::two::three".rsplit('::', 1))
print("a\x0bb\x0cc\x1cd\x85e\u2028f".split())
try:
    "abc".split('')
except ValueError as e:
    print(type(e).__name__, e)
print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'), ' '.join(('1',)))
print('::'.join(str(i) for i in range(4)), ', '.join({'k1': 1, 'k2': 2}))
try:
    ','.join(['a', 2])
except TypeError as e:
    print(type(e).__name__, e)
print("  x  y ".rsplit(), "x y z".rsplit(' ', 1), "abc".rsplit('b'))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a-b-c".split(sep='-', maxsplit=1))
