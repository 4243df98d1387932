# NameError and UnboundLocalError messages (caught: no suggestions in str()).
def show(fn):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__ + ":", e)
show(lambda: undefined_variable)
def uses_global_later():
    return later_global
show(uses_global_later)
def local_before_assign():
    print(x_local)
    x_local = 1
show(local_before_assign)
def del_then_use():
    y = 1
    del y
    return y
show(del_then_use)
def free_var():
    def inner():
        return z
    show(inner)
    z = 1
free_var()
def in_comprehension():
    return [undefined_in_comp for _ in range(1)]
show(in_comprehension)
class C:
    attr = 1
    def method(self):
        return attr
show(C().method)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__ + ":", e)
print(issubclass(UnboundLocalError, NameError))
