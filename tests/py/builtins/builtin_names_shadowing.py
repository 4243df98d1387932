# Builtins can be shadowed and restored.
print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))
def f():
    max = "local max"
    return max
print(f(), max(1, 2))
list = [1, 2]
print(list)
del list
print(list("ab"))
