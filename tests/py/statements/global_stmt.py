# global declarations.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make():
    global created
    created = "made in function"
make()
print(created)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def reader():
    return x
print(reader())
def two():
    global a, b
    a, b = 1, 2
two()
print(a, b)
def nested():
    def inner():
        global x
        x = "changed by inner"
    inner()
nested()
print(x)
class C:
    global gc
    gc = "set in class body"
print(gc)
