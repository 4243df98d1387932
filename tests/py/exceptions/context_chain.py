# Implicit exception chaining through __context__.
def level3():
    raise KeyError("level3")
def level2():
    try:
        level3()
    except KeyError:
        raise ValueError("level2")
def level1():
    try:
        level2()
    except ValueError:
        raise TypeError("level1")
try:
    level1()
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e:
    print("self context?", e.__context__)
try:
    try:
        raise ValueError("first")
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
