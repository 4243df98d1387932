# title() and capitalize() edge cases with apostrophes and digits.
for s in ["hello world", "HELLO WORLD", "it's a test", "o'reilly", "3rd place", "x1y2z3",
          "already Title Case", "mcdonald's", "a-b_c d.e", "ǅungla", "ﬁsh"]:
    print(repr(s.title()), repr(s.capitalize()), s.title().istitle())
