# TypeError messages for unsupported operand types.
pairs = [(1, "a"), ("a", 1), ([], {}), (None, None), (1.5, []), ((), 1), ({1}, [1]), (b"a", "a")]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("/", lambda a, b: a / b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b),
       ("<", lambda a, b: a < b), ("&", lambda a, b: a & b)]
for a, b in pairs:
    for name, op in ops:
        try:
            r = op(a, b)
            print(name, repr(a), repr(b), "=", repr(r))
        except TypeError as e:
            print(name, "TypeError:", e)
