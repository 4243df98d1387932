# splitlines with every line boundary.
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(s.splitlines())
print(s.splitlines(True))
print("a\n\nb\n".splitlines(), "a\n\nb\n".splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "x".splitlines(), "\r\n\r\n".splitlines())
print("no newline at end".splitlines(), "trailing\n".split("\n"))
