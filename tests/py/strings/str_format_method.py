# str.format: positional, keyword, indexing, attributes, conversions, nesting.
print("{} {} {}".format(1, 2, 3), "{0} {1} {0}".format("a", "b"), "{2}{1}{0}".format(*"abc"))
print("{name} is {age}".format(name="Bo", age=7), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
class P:
    x = 10
    y = [1, 2]
print("{0.x} {0.y[1]} {p.x}".format(P(), p=P()))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>{w}}|{:^{w}.{p}}|".format("r", "centered", w=10, p=3))
print("{{}} {{{}}} {{0}}".format("x"))
print("{0:{1}{2}}".format(42, ">", 6), "{:{}}".format("ab", 5) + "|")
d = {"a": 1, "b": 2}
print("{a}+{b}".format(**d), "{0}{0}{0}".format("ab"))
for fmt, args in [("{}{}", (1,)), ("{0}{}", (1, 2)), ("{x}", ()), ("{0[5]}", ([1],)),
                  ("{:d}", ("s",)), ("{", ()), ("}", ()), ("{!z}", (1,))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("{0!r:>10}".format("q"), "{:*<8}".format(3.5), "{:.3}".format("abcdef"))
print("{}".format(None), "{}".format([1, "a"]), "{:}".format(12))
print(format(12.5, ""), format("s", "5") + "|", format(7), format(1234567, ","))
print("{:_}".format(1234567), "{:,.2f}".format(1234567.891))
