# Augmented assignment on names, attributes and subscripts.
class O:
    pass
o = O()
o.n = 1
o.n += 10
o.n *= 3
print(o.n)
l = [1, 2, 3]
l[0] += 100
l[-1] **= 2
print(l)
d = {'a': 1}
d['a'] -= 5
d['b'] = d.get('b', 0) + 1
print(d)
log = []
class Tracked:
    def __init__(self): self.data = {'k': 0}
    def __getitem__(self, k):
        log.append(('get', k)); return self.data[k]
    def __setitem__(self, k, v):
        log.append(('set', k, v)); self.data[k] = v
t = Tracked()
t['k'] += 5
print(log)
def key():
    print("key evaluated")
    return 0
arr = [10]
arr[key()] += 1
print(arr)
s = 'a'
for i in range(3):
    s += str(i)
print(s)
n = 7
n //= 2; n <<= 4; n %= 10; n |= 8; n ^= 1; n &= 14
print(n)
f = 1.5
f /= 0.5
print(f)
