# Sorting with complex keys, tuples, and multi-pass stable sorts.
students = [
    {"name": "Ann", "grade": "B", "age": 20},
    {"name": "bob", "grade": "A", "age": 22},
    {"name": "Cid", "grade": "B", "age": 19},
    {"name": "dee", "grade": "A", "age": 20},
    {"name": "Eve", "grade": "C", "age": 22},
]
for s in sorted(students, key=lambda s: (s["grade"], -s["age"], s["name"].lower())):
    print(s["grade"], s["age"], s["name"])
print([s["name"] for s in sorted(students, key=lambda s: s["age"])])
print([s["name"] for s in sorted(students, key=lambda s: s["name"])])
data = ["a10", "a2", "a1", "b1", "a20"]
print(sorted(data), sorted(data, key=lambda s: (s[0], int(s[1:]))))
l = [3, 1, 2]
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v > other.v
print(sorted(l, key=Rev))
calls = []
def k(x):
    calls.append(x)
    return x
sorted([3, 1, 2], key=k)
print(calls)
