# ValueError, IndexError and KeyError messages.
cases = [
    lambda: int("1.5"),
    lambda: int("abc", 16),
    lambda: float("1,5"),
    lambda: [1, 2].index(9),
    lambda: (1, 2).index(9),
    lambda: "abc".index("z"),
    lambda: [].remove(0),
    lambda: "a,b".split(""),
    lambda: range(0, 1, 0),
    lambda: chr(-5),
    lambda: a_unpack(),
    lambda: [1][3],
    lambda: (1,)[-2],
    lambda: "x"[9],
    lambda: [].pop(),
    lambda: [1].pop(4),
    lambda: range(3)[5],
    lambda: {}["k"],
    lambda: {1: 2}[2],
    lambda: {(1, 2): 0}[(2, 1)],
    lambda: set().pop(),
    lambda: {1}.remove(5),
    lambda: {}.popitem(),
    lambda: b"abc"[10],
    lambda: bytearray()[0],
]
def a_unpack():
    a, b = [1, 2, 3]
for c in cases:
    try:
        c()
        print("no error")
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
