# try/except/else/finally control flow through loops and functions.
def f(n):
    out = []
    try:
        out.append("try")
        if n == 1:
            raise ValueError("v")
        if n == 2:
            return out + ["return-in-try"]
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    out.append("after")
    return out
for n in range(3):
    print(n, f(n))
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("g body", i)
        finally:
            print("g finally", i)
g()
try:
    try:
        raise TypeError("inner")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
