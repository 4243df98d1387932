# Substring tests and string operators.
s = "The quick brown fox"
print("quick" in s, "Quick" in s, "" in s, "fox" not in s, s in s)
print(s.lower().find("the"), s.split()[::-1], " ".join(w.capitalize() for w in s.lower().split()))
print(s[4:9] * 2, s + "!", "-".join(s))
print(s.startswith("The") and s.endswith("fox"))
print(len(s), s.count(" "), s.index("brown"), s.replace(" ", "_").upper())
