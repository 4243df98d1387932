# super() in single and cooperative multiple inheritance.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def hello(self):
        return "Base.hello"
class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.trail.append("Left")
    def hello(self):
        return "Left>" + super().hello()
class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.trail.append("Right")
    def hello(self):
        return "Right>" + super().hello()
class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
        self.trail.append("Child")
    def hello(self):
        return "Child>" + super().hello()
c = Child()
print(c.trail)
print(c.hello())
print(super(Left, c).hello())
print(super(Child, c).hello())
class A:
    @classmethod
    def create(cls):
        return cls.__name__
class B(A):
    @classmethod
    def create(cls):
        return "B:" + super().create()
print(B.create(), A.create())
class S:
    @staticmethod
    def st():
        return "static"
class T(S):
    def m(self):
        return super().st()
print(T().m())
class P:
    def __repr__(self):
        return "P-repr"
class Q(P):
    def __repr__(self):
        return "Q(" + super().__repr__() + ")"
print(repr(Q()))
