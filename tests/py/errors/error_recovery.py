# A program that hits many errors, handles them, and keeps going.
results = []
operations = [
    ("divide", lambda: 10 / 0),
    ("index", lambda: [1, 2][5]),
    ("key", lambda: {"a": 1}["b"]),
    ("convert", lambda: int("x")),
    ("attribute", lambda: None.upper()),
    ("type", lambda: "a" + 1),
    ("ok", lambda: 42),
    ("overflow", lambda: 2.0 ** 5000),
    ("recursion", None),
]
def recurse():
    return recurse()
for name, op in operations:
    try:
        value = op() if op else recurse()
        results.append((name, "ok", value))
    except (ArithmeticError, LookupError) as e:
        results.append((name, "arith/lookup", type(e).__name__))
    except RecursionError as e:
        results.append((name, "recursion", str(e)))
    except Exception as e:
        results.append((name, "other", f"{type(e).__name__}: {e}"))
for r in results:
    print(*r)
