# upper, lower, title, capitalize, swapcase, casefold.
for s in ["hello World", "HELLO", "hello", "they're bill's friends", "123abc DEF",
          "ǆ dz title", "straße", "ΣΊΣΥΦΟΣ", "élan ÉCOLE", "a1b2-c3 d_e", "", "MiXeD cAsE 42",
          "hello\tworld\nnew line", "o'neil mcdonald-smith"]:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
print("ﬁ".upper(), "İ".lower(), len("İ".lower()), "ß".upper())
