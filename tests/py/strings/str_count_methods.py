# count(), overlapping patterns and ranges.
s = "abababab"
print(s.count("ab"), s.count("aba"), s.count("b", 2), s.count("b", 2, 5), s.count("ab", -4))
print("".count(""), "abc".count(""), "aaa".count("a", 1, 1), "aaa".count("a", 5))
text = "the cat sat on the mat with the hat"
print({w: text.count(w) for w in ["the", "at", "t", "cat", "dog"]})
print(text.count(" ") + 1, len(text.split()))
