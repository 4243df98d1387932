# repr of lists with strings, nesting and self-reference.
print([1, 'two', 3.0, None, True, [4, (5,)], {'k': 'v'}])
print(['quote\'s', "dq\"", '\n', '\\'])
a = [1]
a.append(a)
print(a, repr(a), str(a))
b = [a, a]
print(b)
c = {'self': None}
c['self'] = c
print(c)
d = [[], [[]], [[[]]]]
print(d, len(d[2][0]))
