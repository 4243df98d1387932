# Generator-based coroutines: a tiny round-robin scheduler.
def task(name, n):
    for i in range(n):
        print(name, "step", i)
        yield
    return name + " finished"
def scheduler(tasks):
    results = []
    queue = list(tasks)
    while queue:
        t = queue.pop(0)
        try:
            next(t)
            queue.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results
print(scheduler([task("A", 2), task("B", 3), task("C", 1)]))
def grep(pattern):
    print("looking for", pattern)
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("grep closing with", matches)
g = grep("py")
next(g)
for line in ["python", "java", "pypy", "ruby"]:
    g.send(line)
g.close()
