# Duplicate parameter name.
def f(x, y, x):
    return x
