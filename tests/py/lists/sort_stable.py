# list.sort and sorted: stability, key, reverse.
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
by_name_len = sorted(records, key=lambda r: len(r[0]))
print(by_name_len)
s = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1])
print(s)
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True))
l = [5, 3, 1]
r = l.sort()
print(r, l)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted({5, 1, 3}))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
big = [(i * 7919) % 1000 for i in range(1000)]
sb = sorted(big)
print(sb[:10], sb[-5:], all(sb[i] <= sb[i + 1] for i in range(len(sb) - 1)))
pairs = [(i % 10, i) for i in range(100)]
ps = sorted(pairs, key=lambda p: p[0])
print(all(ps[i][1] < ps[i + 1][1] for i in range(len(ps) - 1) if ps[i][0] == ps[i + 1][0]))
print(sorted([0.5, -1, 3, 2.25, True, False]))
l = [3, 1, 2]
l.sort(key=lambda x: -x)
print(l, sorted([], reverse=True), sorted([1], key=lambda x: 1 / 0 if False else x))
