# Name used before a global declaration.
def f():
    x = 1
    global x
