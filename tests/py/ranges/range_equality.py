# range equality compares the sequences, not the parameters.
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 10, 3) == range(0, 11, 3))
print(range(1, 2) == range(1, 3, 5), range(3) == [0, 1, 2], list(range(3)) == [0, 1, 2])
print(hash(range(0)) == hash(range(3, 3)), hash(range(0, 3)) == hash(range(3)))
print({range(3): 'r'}[range(0, 3, 1)])
print(range(5) != range(4), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
