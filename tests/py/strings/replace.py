# str.replace with counts and edge cases.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("three", "3"), s.replace(" ", ""), s.replace("o", "OO"))
print("aaa".replace("a", "b", 2), "aaaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("".replace("", "x"), "".replace("a", "b"), "abc".replace("abc", ""))
print("héllo wörld".replace("ö", "o").replace("é", "e"))
print("tab\there".replace("\t", "    "), "a.b.c".replace(".", "", 1))
