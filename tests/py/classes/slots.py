# __slots__ restricts instance attributes.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, '__dict__'))
q = P.__new__(P)
try:
    q.x
except AttributeError as e:
    print(type(e).__name__, e)
del p.y
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
class Q(P):
    pass
qq = Q(1, 2)
qq.extra = 'ok'
print(qq.extra, hasattr(qq, '__dict__'))
class R(P):
    __slots__ = ('w',)
r = R(1, 2)
r.w = 3
print(r.x, r.w)
try:
    r.v = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(P.__slots__, type(P.__dict__['x']).__name__)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
