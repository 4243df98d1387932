# With a raised recursion limit, Python-level recursion can go 50000 deep.
import sys
sys.setrecursionlimit(100000)
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1
print(depth(50000))
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(50000))
def build(n):
    node = None
    for i in range(n):
        node = (i, node)
    return node
def length(node):
    return 0 if node is None else 1 + length(node[1])
print(length(build(40000)))
def ping(n): return n if n == 0 else pong(n - 1)
def pong(n): return n if n == 0 else ping(n - 1)
print(ping(50000))
