# LEGB name resolution.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def local_only():
    x = "local"
    return x
print(local_only(), x)
print(len("abc"))
def shadow_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(shadow_builtin(), len("abc"))
class K:
    y = 1
    z = y + 1
    def m(self):
        try:
            return y
        except NameError as e:
            return type(e).__name__ + ": " + str(e)
print(K.z, K().m())
def uses_later():
    return later_defined
later_defined = "defined later"
print(uses_later())
def comprehension_scope():
    v = 10
    return [v + i for i in range(3)]
print(comprehension_scope())
