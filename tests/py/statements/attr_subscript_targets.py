# Attribute and subscript assignment targets.
class O: pass
o = O()
o.x = 1
o.y = o.x + 1
print(o.x, o.y, sorted(vars(o)))
o.child = O()
o.child.val = "nested"
print(o.child.val)
l = [0] * 5
l[0] = 'a'
l[-1] = 'z'
l[1:3] = ['b', 'c']
print(l)
d = {}
d['k'] = 1
d[1, 2] = 'tuple'
d.setdefault('list', []).append(3)
print(d)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 7
print(m)
o.items = [1, 2, 3]
o.items[1] = 20
print(o.items)
a, o.x, l[0], d['k'] = 'A', 'X', 'L', 'D'
print(a, o.x, l[0], d['k'])
class S:
    def __setitem__(self, k, v): print("setitem", k, v)
    def __setattr__(self, n, v): print("setattr", n, v)
s = S()
s[1] = 2
s[1:2] = 3
s.name = 'v'
