# repr of tuples including singletons and nesting.
print((), (1,), (1, 2), ((),), ((1,),), (('a', 'b'), ['c']), (None, True, 1.5, 'x'))
print(repr(tuple()), str((1,)), [(1,), ()], {(): ()})
print(tuple("abc"), tuple({3: 'a'}), tuple(x * x for x in range(4)))
print(len(((1, 2), (3, 4))), sum((1, 2, 3)), sorted((3, 1, 2)), tuple(sorted((3, 1, 2))))
