# Word frequency analysis with dicts.
TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way.
"""
STOP = {"the", "of", "it", "was", "we", "to", "us", "all"}
def words(text):
    cleaned = "".join(c.lower() if c.isalpha() else " " for c in text)
    return cleaned.split()
ws = words(TEXT)
print("total words:", len(ws), "distinct:", len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print("top 8:", top[:8])
content = {w: c for w, c in freq.items() if w not in STOP}
print("top content:", sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
bigrams = {}
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print("common bigrams:", sorted(((c, a + " " + b) for (a, b), c in bigrams.items()), reverse=True)[:5])
letters = {}
for w in ws:
    for ch in w:
        letters[ch] = letters.get(ch, 0) + 1
print("letters:", "".join(ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
max_count = max(freq.values())
for w, c in top[:5]:
    print(f"{w:>8} {'#' * (c * 30 // max_count)} {c}")
