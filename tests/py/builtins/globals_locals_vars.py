# globals(), locals() and vars() — printing only stable keys.
g_value = 42
def public_names(ns):
    return sorted(k for k in ns if not k.startswith("__"))
print(public_names(globals()))
print(globals()["g_value"], "g_value" in globals(), globals()["__name__"])
globals()["injected"] = "via globals()"
print(injected)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    x = 1
    l = locals()
    y = 2
    return sorted(l), sorted(locals())
print(g())
class C:
    attr = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
class O:
    def __init__(self):
        self.p = 1
        self.q = [2]
print(vars(O()), vars(C)["attr"], locals() is globals())
print(public_names(vars()))
