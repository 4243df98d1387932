# Runaway recursion raises RecursionError, which can be caught; the program continues.
def runaway(n):
    return runaway(n + 1) + 1
try:
    runaway(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))
depth = 0
def measure():
    global depth
    depth += 1
    measure()
try:
    measure()
except RecursionError:
    print("caught, depth in plausible range:", 500 < depth <= 1000)
class Node:
    def __init__(self): self.me = self
    def __repr__(self): return "Node(" + repr(self.me) + ")"
try:
    repr(Node())
except RecursionError as e:
    print(type(e).__name__)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(1)
except RecursionError as e:
    print("mutual:", type(e).__name__)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print("still works:", fine(200))
