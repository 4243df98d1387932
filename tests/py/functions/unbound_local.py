# Assignment anywhere in a function makes the name local.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 5
    return x
print(f())
def g():
    for i in range(0):
        y = i
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(g())
def h(flag):
    if flag:
        z = 1
    return z
print(h(True))
try:
    h(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def aug():
    x += 1
try:
    aug()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def closure_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return inner()
print(closure_unbound())
