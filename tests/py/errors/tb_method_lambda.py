# Traceback through methods, a lambda and a comprehension.
class Processor:
    def __init__(self, fn):
        self.fn = fn
    def run(self, items):
        return [self.fn(x) for x in items]
p = Processor(lambda x: 10 // x)
print(p.run([1, 2, 5]))
print(p.run([1, 0]))
