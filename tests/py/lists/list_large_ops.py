# Larger lists: building, sorting, searching.
n = 10000
l = [(i * 37) % n for i in range(n)]
print(len(l), l[:5], l[-5:], sum(l))
s = sorted(l)
print(s == list(range(n)), s[::1000])
l.sort(key=lambda v: (v % 7, v))
print(l[:8], l[-3:])
rev = l[::-1]
print(rev[:3], len(rev))
d = l * 2
print(len(d), d.count(0), d.index(5))
del d[::2]
print(len(d))
words = [str(i) for i in range(1000)]
print(sorted(words)[:12], max(words), min(words, key=len))
