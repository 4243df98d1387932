# Counting and grouping patterns with dicts.
text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
letters = {}
for ch in text.replace(" ", ""):
    if ch not in letters:
        letters[ch] = 0
    letters[ch] += 1
print(sorted(letters.items())[:10])
groups = {}
for w in text.split():
    groups.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(groups.items())})
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        self[key] = self.factory()
        return self[key]
dd = DefaultDict(list)
for i in range(10):
    dd[i % 3].append(i)
print(dd, type(dd).__name__)
