# __new__ and __init__.
class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
t = Tracked(5)
print(t.created, t.v)
class Other: pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never called")
print(type(Weird()).__name__)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("abc")
print(u, type(u).__name__, isinstance(u, str), u + "d", len(u))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(-5) + 1, type(Pos(3)).__name__)
class Cache:
    _inst = {}
    def __new__(cls, key):
        if key not in cls._inst:
            cls._inst[key] = super().__new__(cls)
        return cls._inst[key]
print(Cache('a') is Cache('a'), Cache('a') is Cache('b'))
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
o = object.__new__(Tracked)
print(hasattr(o, 'v'), hasattr(o, 'created'))
