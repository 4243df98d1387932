# Larger dicts: many inserts, deletes, and lookups.
d = {}
for i in range(5000):
    d[f"key{i}"] = i * 2
print(len(d), d["key0"], d["key4999"], "key5000" in d)
for i in range(0, 5000, 3):
    del d[f"key{i}"]
print(len(d), list(d)[:4], list(d)[-2:])
total = sum(d.values())
print(total)
for i in range(5000, 5100):
    d[f"key{i}"] = -i
print(len(d), list(d)[-1], sum(1 for k in d if d[k] < 0))
ints = {i * 7919 % 10007: i for i in range(10007)}
print(len(ints), ints[0], ints[1], ints[10006])
