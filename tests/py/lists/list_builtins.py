# Builtin functions on lists.
l = [4, -2, 7, 0, 7, 3]
print(len(l), sum(l), max(l), min(l), sorted(l), list(reversed(l)))
print(any(l), all(l), all([]), any([]), any([0, '', None]), all([1, 'x', [0]]))
print(list(map(abs, l)), list(filter(None, l)), list(zip(l, l[1:])))
print(max(l, key=lambda x: -x), min(['bb', 'a', 'ccc'], key=len), max([], default='empty'))
print(sum([[1], [2, 3]], []), sum([0.5, 0.25], 10))
print(l.index(7), l.count(7), 7 in l, list(enumerate(l, start=1))[:2])
print(sorted(l, reverse=True)[:3], [x for x in l if x > 0])
print(dict(zip(['a', 'b'], [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
