# The builtin exception hierarchy.
def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
            LookupError, IndexError, KeyError, ValueError, UnicodeError, TypeError,
            NameError, UnboundLocalError, AttributeError, RuntimeError, RecursionError,
            NotImplementedError, StopIteration, GeneratorExit, KeyboardInterrupt,
            SystemExit, AssertionError, ImportError, ModuleNotFoundError, OSError,
            FileNotFoundError, EOFError, SyntaxError, IndentationError, TabError,
            MemoryError, UnicodeDecodeError, UnicodeEncodeError, FloatingPointError,
            StopAsyncIteration, BufferError, PermissionError, TimeoutError]:
    print(chain(cls))
print(issubclass(KeyError, LookupError), issubclass(StopIteration, Exception))
print(issubclass(SystemExit, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(Warning, Exception), issubclass(DeprecationWarning, Warning))
print(EnvironmentError is OSError, IOError is OSError)
