# A traceback through a short recursion shows every frame.
def countdown(n):
    if n == 0:
        raise IndexError("reached zero")
    return countdown(n - 1)
countdown(3)
