# center, ljust, rjust, zfill.
for w in [0, 3, 8, 9]:
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)), repr("abc".zfill(w)))
print(repr("ab".center(7, '*')), repr("abc".center(6, '-')), repr("abcd".center(7, '.')))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "".zfill(3), "abc".zfill(5), "--1".zfill(4))
print("x".ljust(5, '·') + "|", "x".rjust(5, '→'))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
for name, price in [("apple", 1.5), ("watermelon", 12.25), ("fig", 0.3)]:
    print(name.ljust(12, '.') + f"{price:.2f}".rjust(8))
