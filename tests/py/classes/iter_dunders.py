# __iter__ / __next__ based classes in for loops, unpacking and builtins.
class Squares:
    def __init__(self, n): self.n, self.i = n, 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i ** 2
a, b, c = Squares(3)
print(a, b, c)
print(list(Squares(5)), sum(Squares(4)), max(Squares(3)), sorted(Squares(3), reverse=True))
print(dict(zip("abc", Squares(3))), set(Squares(3)) == {1, 4, 9})
print([x for x in Squares(4) if x % 2 == 0])
s = Squares(3)
for x in s:
    print("first loop", x)
for x in s:
    print("second loop never runs")
print(*Squares(3))
print(tuple(enumerate(Squares(2))))
