# Moderately deep recursion under the default limit.
import sys
print(sys.getrecursionlimit())
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(900))
def sum_list(l):
    return 0 if not l else l[0] + sum_list(l[1:])
print(sum_list(list(range(300))))
def ping(n):
    return "done" if n == 0 else pong(n - 1)
def pong(n):
    return "done" if n == 0 else ping(n - 1)
print(ping(800))
def build(n):
    return [] if n == 0 else [build(n - 1)]
x = build(100)
d = 0
while x:
    x = x[0]
    d += 1
print(d)
