# C3 method resolution order for diamond and complex hierarchies.
def names(cls):
    return [c.__name__ for c in cls.__mro__]
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(names(D))
class O: pass
class F(O): pass
class E(O): pass
class DD(O): pass
class CC(DD, F): pass
class BB(DD, E): pass
class AA(BB, CC, E): pass
print(names(AA))
print(names(BB), names(CC))
class X: pass
class Y: pass
class Z(X, Y): pass
print(names(Z), [c.__name__ for c in Z.mro()])
try:
    class Bad(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class K1(X, Y): pass
class K2(Y, X): pass
try:
    class K3(K1, K2): pass
except TypeError as e:
    print(type(e).__name__, e)
class M1:
    def who(self): return "M1"
class M2:
    def who(self): return "M2"
class M3(M1, M2): pass
class M4(M2, M1): pass
print(M3().who(), M4().who())
print(names(bool), names(int))
