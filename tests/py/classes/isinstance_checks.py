# isinstance / issubclass with tuples, builtins and bool/int.
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(1, (str, float)), isinstance(1, (str, (float, int))))
print(isinstance([], list), isinstance([], (tuple, dict)), isinstance({}, dict))
print(isinstance("s", str), isinstance(b"s", bytes), isinstance(b"s", str))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type))
print(isinstance(1.5, float), isinstance(1, float), isinstance(1j, complex))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
