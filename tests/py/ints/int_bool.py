# bool is a subclass of int.
print(True + True, True * 10, False * 10, True / 2, True // 2, -True)
print(True == 1, False == 0, True is not False)
print(isinstance(True, int), type(True + 0).__name__, type(True & True).__name__)
print(True & False, True | False, True ^ True, ~True, ~False)
print(int(True), int(False), str(True), repr(False), bool(2), bool(-1), bool(0))
print(sum([True, True, False, True]), max(True, 0), [10, 20][True])
print(True << 3, True > False, sorted([True, False, 2, -1]))
print(bool.__mro__[1].__name__, bool("False"), bool(""))
try:
    class B(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(hash(True), {True: 'a', 1: 'b'})
