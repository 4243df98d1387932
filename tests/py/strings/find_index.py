# find, rfind, index, rindex, count with ranges.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("xyz"), s.find(""))
print(s.rfind("hello"), s.rfind("hello", 0, 15), s.rfind("o"), s.rfind(""), s.rfind("", 5))
print(s.index("world"), s.rindex("o"), s.index("o", 5), s.rindex("l", 0, 5))
print(s.find("o", -5), s.find("o", -100, -20), s.rfind("o", -10, -1))
for f in [s.index, s.rindex]:
    try:
        f("zzz")
    except ValueError as e:
        print(type(e).__name__, e)
print(s.count("o"), s.count("hello"), s.count("l", 0, 5), s.count(""), "aaaa".count("aa"))
print("".find(""), "".find("a"), "abc".find("", 3), "abc".find("", 4), "abc".count("", 1))
print("abc".find("c", 10), "abcabc".rfind("abc", 1), "abc".find("b", -1))
print("ünïcödé".find("ö"), "日本語テキスト".index("テ"), "aéa".count("a"))
