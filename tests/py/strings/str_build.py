# Building strings: concatenation in loops, join, multiplication, repeat.
parts = []
for i in range(10):
    parts.append(str(i) * (i % 3 + 1))
print("".join(parts))
s = ""
for c in "abcdef":
    s = c + s
print(s)
acc = ""
for i in range(1000):
    acc += "x"
print(len(acc), acc[:5])
print("-" * 20, "=" * 0, "ab" * 3)
table = "\n".join(" ".join(f"{r * c:3}" for c in range(1, 6)) for r in range(1, 6))
print(table)
print(str(12) + str(3.5) + str(None) + str(True))
