# Assignment to multiple targets happens left to right.
class Rec:
    def __setitem__(self, k, v):
        print("set", k, v)
r = Rec()
r['a'] = r['b'] = 1
x = [0, 0, 0]
i = 0
i = x[i] = 2
print(i, x)
a = b = []
a.append(1)
print(b)
d = {}
d['k'] = d = {}
print(d)
