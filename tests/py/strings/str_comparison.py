# String comparison, hashing and identity-independent equality.
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
print("apple" == "apple", "apple" != "Apple", "a" * 3 == "aaa")
words = ["banana", "Apple", "cherry", "apple", "Banana", "_x", "10", "9", "é", "z"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(max(words), min(words), sorted(words, reverse=True)[:3])
a = "".join(["he", "llo"])
print(a == "hello", hash(a) == hash("hello"), {a: 1}["hello"])
print("abc".__eq__(1), "abc" == 1, "1" == 1)
