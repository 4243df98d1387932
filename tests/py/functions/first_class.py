# Functions as first-class objects and their attributes.
def greet(name, punct="!"):
    """Say hello."""
    return "Hello " + name + punct
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__code__.co_argcount, greet.__code__.co_varnames)
f = greet
print(f("x"), f is greet)
fs = [str.upper, str.lower, len]
print([fn("MiXeD") for fn in fs])
def apply(fn, *a):
    return fn(*a)
print(apply(max, 3, 9, 2), apply(greet, "y", "?"))
greet.custom = 123
print(greet.custom, sorted(k for k in greet.__dict__))
class A:
    def method(self): pass
    class Inner:
        def deep(self): pass
print(A.method.__qualname__, A.Inner.deep.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
print(callable(greet), callable(5), callable(A), callable(A()))
def nodoc(): pass
print(nodoc.__doc__)
print(type(greet).__name__, type(len).__name__, type(A().method).__name__, type("".upper).__name__)
