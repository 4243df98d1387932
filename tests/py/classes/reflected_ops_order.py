# Subclass reflected operators take precedence; NotImplemented fallbacks.
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, o):
        print("A.__radd__")
        return "A.radd"
class B(A):
    def __radd__(self, o):
        print("B.__radd__")
        return "B.radd"
print(A() + B())
try:
    print(A() + A())
except TypeError as e:
    print(type(e).__name__, e)
print(1 + A())
class C:
    def __eq__(self, o):
        print("C.__eq__")
        return NotImplemented
print(C() == C())
print(C() != 5)
class L:
    def __lt__(self, o):
        print("L.__lt__")
        return NotImplemented
class G:
    def __gt__(self, o):
        print("G.__gt__")
        return True
print(L() < G())
