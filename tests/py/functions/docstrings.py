"""Module docstring."""
# Docstrings on functions, classes and modules.
def f():
    """Function docstring.

    Second paragraph."""
    return 1
class C:
    """Class docstring."""
    def m(self):
        'method doc'
def no_doc():
    x = "not a docstring"
    return x
print(repr(f.__doc__))
print(C.__doc__, C.m.__doc__, C().m.__doc__)
print(no_doc.__doc__)
print(__doc__)
print((lambda: 0).__doc__)
