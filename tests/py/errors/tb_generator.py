# Traceback through generator frames.
def numbers():
    yield 1
    yield 2
    raise RuntimeError("generator exhausted badly")
def doubled(it):
    for n in it:
        yield n * 2
for v in doubled(numbers()):
    print(v)
