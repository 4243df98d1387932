# String slicing with steps and negative indices.
s = "0123456789"
print(s[2:7], s[:4], s[6:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(s[100:], s[-100:3], s[3:-100], repr(s[5:5]), s[::100], s[::-100])
print(s[slice(2, None, 3)], s[slice(None)], s[slice(-1, None, -4)])
u = "héllo wörld 😀!"
print(u[::-1], u[1:5], u[-2], len(u), u[::3])
print("abc"[-1], "abc"[0:1], "abc"[-4:], "abc"[1:-1])
for i in range(-3, 3):
    print(i, "abc"[i], "abc"[i:], "abc"[:i])
try:
    "abc"[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc"[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    key = "1"
    "abc"[key]
except TypeError as e:
    print(type(e).__name__, e)
