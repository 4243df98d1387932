# Classes as callables, instances with __call__, callbacks.
class Multiplier:
    def __init__(self, k): self.k = k
    def __call__(self, x): return x * self.k
triple = Multiplier(3)
print(triple(5), list(map(triple, [1, 2])), callable(triple))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), type(fib).__name__)
class Pipeline:
    def __init__(self): self.steps = []
    def __call__(self, step):
        self.steps.append(step)
        return step
    def run(self, x):
        for s in self.steps:
            x = s(x)
        return x
pipe = Pipeline()
@pipe
def add1(x): return x + 1
@pipe
def sq(x): return x * x
print(pipe.run(3), [s.__name__ for s in pipe.steps])
