# in / not in across containers.
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2])
print('a' in 'cat', 'at' in 'cat', '' in 'cat', 'x' not in 'cat')
print(1 in (1,), 2 in {1: 'a', 2: 'b'}, 'a' in {1: 'a'})
print(2 in {1, 2, 3}, 4 in frozenset([4]))
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(b'b' in b'abc', 98 in b'abc')
print(1.0 in [1], True in [1], [1] in [[1]])
class Box:
    def __init__(self, items): self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
print(3 in Box([3]), 4 not in Box([3]))
class It:
    def __iter__(self): return iter([10, 20])
print(20 in It(), 30 in It())
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 100
print(200 in Seq(), 300 in Seq())
nan = float('nan')
print(nan in [nan], nan == nan)
try:
    1 in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
