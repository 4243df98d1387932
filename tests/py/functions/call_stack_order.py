# Call and return order across nested calls with side effects.
depth = 0
def enter(name):
    global depth
    print("  " * depth + "enter " + name)
    depth += 1
def leave(name, value):
    global depth
    depth -= 1
    print("  " * depth + "leave " + name + " -> " + repr(value))
    return value
def a(x):
    enter("a")
    return leave("a", b(x) + c(x))
def b(x):
    enter("b")
    return leave("b", x * 2)
def c(x):
    enter("c")
    return leave("c", b(x + 1) - 1)
print(a(3))
def tree(n):
    enter(f"tree({n})")
    r = 1 if n < 2 else tree(n - 1) + tree(n - 2)
    return leave(f"tree({n})", r)
tree(3)
