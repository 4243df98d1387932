# A tour of what Coil runs today: classes, generators, closures, big ints,
# string formatting and exceptions. `coil dis examples/demo.py` shows the
# register bytecode each function compiles to.


class Vector:
    """A 2-D vector with the arithmetic dunders."""

    def __init__(self, x, y):
        self.x = x          # attributes live in shape-described slots
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def fibonacci():
    a, b = 0, 1
    while True:             # the back-edge counts towards the hot-loop trigger
        yield a
        a, b = b, a + b


def make_counter():
    count = 0

    def step():
        nonlocal count      # a cell shared with the enclosing frame
        count += 1
        return count
    return step


def main():
    print(Vector(1, 2) + Vector(3, 4))
    fibs = fibonacci()
    print([next(fibs) for _ in range(12)])
    for _ in range(88):
        next(fibs)
    print("fib(100) =", next(fibs))          # a GMP-backed int
    counter = make_counter()
    print([counter() for _ in range(3)])
    words = "the quick brown fox jumps over the lazy dog".split()
    lengths = {w: len(w) for w in sorted(set(words))}
    print(", ".join(f"{w}={n}" for w, n in lengths.items()))
    try:
        {}["missing"]
    except KeyError as e:
        print("caught", type(e).__name__, e)
    print(f"{2 ** 0.5:.6f} {1e16!r} {0.1 + 0.2!r}")


if __name__ == "__main__":
    main()
