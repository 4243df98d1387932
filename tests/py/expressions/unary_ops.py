# Unary +, -, ~, not on many types.
for v in [0, 1, -1, 5, -5, 2**70, -(2**70)]:
    print(v, -v, +v, ~v, not v)
for v in [0.0, -0.0, 1.5, -2.5, float('inf')]:
    print(v, -v, +v, not v)
print(-True, +True, ~True, ~False, -False)
print(- - -1, ~~7, not not 0, not not 'x')
print(-(3 + 4j), +(1 - 1j))
class N:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __bool__(self): return False
n = N()
print(-n, +n, ~n, not n)
try:
    -"str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    +[1]
except TypeError as e:
    print(type(e).__name__, e)
