# type() 1 and 3 args, isinstance, issubclass, callable.
print(type(5).__name__, type("s") is str, type(type) is type, type(None).__name__, type(print).__name__)
T = type("T", (), {"v": 5, "m": lambda self: self.v * 2})
print(T.__name__, T().m(), type(T()).__name__, T.__bases__)
U = type("U", (T,), {})
print(issubclass(U, T), isinstance(U(), T), U().v, U.__mro__[1].__name__)
print(isinstance(5, int), isinstance(5, (str, int)), isinstance("s", (int, float)), isinstance(True, int))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(U, U))
print(callable(len), callable(5), callable(T), callable(T()), callable(lambda: 0), callable("s".upper))
class CallMe:
    def __call__(self): return "called"
print(callable(CallMe()), CallMe()())
