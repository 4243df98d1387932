# sorted() and reversed().
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({"b": 1, "a": 2}), sorted(x for x in [2, 1]))
print(sorted([3, 1, 2], reverse=True), sorted(["aa", "b"], key=len), sorted([], key=len))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), type(reversed([])).__name__)
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())))
for bad in [lambda: reversed({1, 2}), lambda: reversed(5), lambda: sorted(5), lambda: sorted([1], key=1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1, 2], True)
except TypeError as e:
    print(type(e).__name__, e)
