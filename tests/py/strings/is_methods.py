# isalpha, isdigit, isdecimal, isnumeric, isalnum, isspace, isupper, islower, istitle, isidentifier, isprintable, isascii.
samples = ["abc", "ABC", "Abc", "abc123", "123", "12.5", "", " ", "\t\n", "Hello World",
           "hello world", "HELLO WORLD", "½", "²", "٣", "一二三", "é", "_id", "1id", "class",
           "tab\t", "\x00", "ABC def", "Ab Cd", "ab_c1", "ⅷ", "x²"]
methods = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper",
           "islower", "istitle", "isidentifier", "isprintable", "isascii"]
print(" ".join(m[2:6] for m in methods))
for s in samples:
    flags = "".join("T" if getattr(s, m)() else "." for m in methods)
    print(flags, repr(s))
