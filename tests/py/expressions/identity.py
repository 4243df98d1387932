# is / is not with singletons and objects.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, False is not True)
print(type(None) is type(None), ... is Ellipsis, NotImplemented is NotImplemented)
x = object()
y = object()
print(x is x, x is y, x is not y)
def f(): pass
g = f
print(f is g, f is not (lambda: None))
print(int is type(3), type(int) is type)
t = ()
print(t == (), type(t) is tuple)
class C: pass
print(C is C, C() is C())
print(a is a[:] if False else a[:] is not a)
