# startswith / endswith with tuples and ranges.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.startswith(""))
print(s.endswith(".gz"), s.endswith(".tar"), s.endswith(".tar", 0, 12), s.endswith(("zip", "gz")))
print(s.startswith(("x", "y", "fil")), s.startswith(()), s.endswith("", 100))
print("abc".startswith("abc", 0, 2), "abc".startswith("b", -2), "abc".endswith("b", -3, -1))
try:
    s.startswith(["file"])
except TypeError as e:
    print(type(e).__name__, e)
print("".startswith(""), "".endswith("a"), "a".endswith(("", "z")))
