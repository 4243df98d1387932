# Subscription and slicing expressions.
a = list(range(10))
print(a[3], a[-1], a[-10])
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3])
print(a[::3], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[100:], a[-100:2], a[5:2], a[2:5:-1])
print(a[slice(1, 4)], a[slice(None, None, -3)])
t = tuple(a)
print(t[1:3], t[::-4])
s = "abcdefgh"
print(s[1:-1:2], s[-2::-3])
d = {(1, 2): 'tuple key', 'k': 'v'}
print(d[1, 2], d[(1, 2)], d['k'])
m = [[1, 2], [3, 4]]
print(m[1][0], m[-1][-1])
class G:
    def __getitem__(self, k): return k
g = G()
print(g[1], g[1:2], g[1:2:3], g[:], g[::], g[1, 2], g[1:2, 3], g[...], g[:, None])
