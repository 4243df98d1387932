# translate, maketrans, format_map, zfill, casefold and friends.
t = str.maketrans("abc", "xyz")
print("aabbcc".translate(t), "abc-def".translate(str.maketrans("", "", "-e")))
print("hello".translate({ord("l"): "L", ord("o"): None}), str.maketrans({"a": "1"}))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{x} {y}".format_map(Default(x="X")))
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "a".__add__("b"), "ab".__mul__(2))
print(str.upper("x"), str.join("-", "ab"), "x".__eq__("x"), "a".__lt__("b"))
print("Hello"[0].isupper(), "test".center(10).strip() == "test", "a b".split(" ", 5))
