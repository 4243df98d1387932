# Adjacent literal concatenation and string prefixes.
s = 'a' "b" '''c''' """d"""
print(s)
print('x' 'y'
      'z')
print(('one '
       'two '
       'three'))
print(b'ab' b'cd')
n = 5
print('n=' f'{n}' ' done')
print(u'unicode prefix', U'also')
print(r'\d' '\t' == '\\d\t')
print(len('abc' 'def'))
