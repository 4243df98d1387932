# return/break/continue inside finally override exceptions and returns.
def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the error"
print(h())
def loop():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
print(loop())
def brk():
    while True:
        try:
            raise RuntimeError("dropped")
        finally:
            break
    return "after break"
print(brk())
def value_eval():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_eval())
def count():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally", n)
print(count())
