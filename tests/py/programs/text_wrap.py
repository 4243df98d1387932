# Greedy text wrapping, justification and centring.
TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump; the five boxing wizards "
        "jump quickly. Supercalifragilisticexpialidocious is a rather long word.")
def wrap(text, width):
    lines, current = [], ""
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width - 1] + "-")
            word = word[width - 1:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        n = spaces // gaps + (1 if i < spaces % gaps else 0)
        out += w + " " * n
    return out + words[-1]
for width in (20, 32, 50):
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for i, line in enumerate(lines):
        text = justify(line, width) if i < len(lines) - 1 else line
        print("|" + text.ljust(width) + "|")
print("--- centred ---")
for line in wrap(TEXT, 28)[:4]:
    print("[" + line.center(30, ".") + "]")
print("--- right aligned, numbered ---")
for n, line in enumerate(wrap(TEXT, 40), 1):
    print(f"{n:2d} {line:>40}")
print(max(len(l) for l in wrap(TEXT, 15)), len(wrap(TEXT, 15)))
