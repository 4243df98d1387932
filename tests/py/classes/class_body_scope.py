# Class bodies execute top to bottom and form their own namespace.
print("before class")
class C:
    print("in class body")
    a = 1
    b = a + 1
    lst = [i * 2 for i in range(3)]
    try:
        bad = [a * i for i in range(3)]
    except NameError as e:
        print("class names are not visible in comprehensions:", e)
    first = [a for _ in range(2)] if False else None
    pairs = [(a, i) for i in range(2)] if False else [(x, 0) for x in [a, b]]
    def m(self):
        return C.a
    print("locals:", sorted(k for k in locals() if not k.startswith('__')))
print("after class")
print(C.b, C.lst, C().m())
x = "global"
class D:
    x = "class"
    def m(self):
        return x
    y = x
print(D().m(), D.y)
def factory(v):
    class Local:
        val = v
        def get(self): return self.val
    return Local
L1, L2 = factory(1), factory(2)
print(L1().get(), L2().get(), L1 is L2, L1.__qualname__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)
