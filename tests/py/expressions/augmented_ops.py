# Augmented arithmetic on immutables and mutables.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0xff; print(x)
x |= 0x100; print(x)
x ^= 0x1ff; print(x)
x /= 4; print(x)
s = "ab"; s += "cd"; s *= 2; print(s)
t = (1,); u = t; t += (2,); print(t, u, t is u)
l = [1]; m = l; l += [2]; print(l, m, l is m)
l *= 2; print(m)
l += (9,); print(l)
l += "ab"; print(l)
st = {1}; st |= {2}; st &= {2, 3}; print(st)
class A:
    def __init__(self): self.v = 1
    def __iadd__(self, o):
        self.v += o
        return self
a = A(); b = a; a += 10; print(a.v, a is b)
class B:
    def __init__(self, v): self.v = v
    def __add__(self, o): return B(self.v + o)
b1 = B(1); b2 = b1; b1 += 5; print(b1.v, b2.v, b1 is b2)
