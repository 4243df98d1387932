# Strings are immutable; methods return new strings.
s = "hello"
t = s.upper()
print(s, t, s is not t)
u = s.replace("l", "L")
print(s, u)
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
orig = s
s += " world"
print(orig, s)
print(s.strip() == s, s[:] == s)
