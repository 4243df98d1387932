# An exception raised without arguments prints just its name.
def validate(n):
    if n < 0:
        raise ValueError
    return n
print(validate(1))
validate(-1)
