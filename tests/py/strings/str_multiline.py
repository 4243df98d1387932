# Multi-line text processing.
text = """First line
  Second line with indent
Third line\twith tab

Fifth after blank"""
lines = text.splitlines()
print(len(lines))
for i, line in enumerate(lines, 1):
    print(f"{i:2}: {line!r} len={len(line)} indent={len(line) - len(line.lstrip())}")
print([l for l in lines if not l.strip()])
print(max(lines, key=len))
print("\n".join(l.upper() for l in lines if l))
print(text.count("\n"), text.find("Third"), text.rfind("line"))
