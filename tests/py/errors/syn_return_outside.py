# return outside a function.
x = 5
if x:
    return x
