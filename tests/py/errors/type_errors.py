# TypeError messages from operations, calls, subscripts and iteration.
one, nothing, one_f, empty_d, five = 1, None, 1.0, {}, 5
cases = [
    lambda: 1 + "1",
    lambda: "1" + 1,
    lambda: [1] + (1,),
    lambda: {} + {},
    lambda: -"x",
    lambda: ~1.5,
    lambda: 1 < "1",
    lambda: [] < {},
    lambda: len(1),
    lambda: one(),
    lambda: "abc"[nothing],
    lambda: [1][one_f],
    lambda: {}[[]],
    lambda: (1, 2)[empty_d],
    lambda: five[0],
    lambda: nothing[0],
    lambda: iter(1),
    lambda: next(5),
    lambda: [x for x in 1],
    lambda: {**[]},
    lambda: print(*1),
    lambda: "".join([1]),
    lambda: int([]),
    lambda: float({}),
    lambda: "x" * "y",
    lambda: [] * 1.5,
    lambda: divmod("a", 1),
    lambda: sum("ab"),
    lambda: hash({}),
    lambda: sorted([1, None]),
    lambda: "%d" % [],
    lambda: "a".startswith(1),
    lambda: isinstance(1, "int"),
    lambda: object.__new__(1),
    lambda: type("x"),
    lambda: abs(),
]
for c in cases:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(type(e).__name__ + ":", e)
