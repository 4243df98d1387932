# Iterating strings: for, enumerate, zip, reversed, membership.
s = "héllo"
for ch in s:
    print(ch, ord(ch))
print(list(enumerate("abc")), list(zip("abc", "xy")), "".join(reversed("stressed")))
print([c for c in "Hello World" if c.isupper()], sum(1 for c in "banana" if c == "a"))
counts = {}
for c in "mississippi":
    counts[c] = counts.get(c, 0) + 1
print(counts)
it = iter("xy")
print(next(it), next(it), next(it, "done"))
print(list(map(str.upper, "abc")), sorted(set("hello")))
