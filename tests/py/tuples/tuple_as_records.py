# Tuples as lightweight records in data processing.
records = [
    ("alice", "eng", 120),
    ("bob", "ops", 95),
    ("carol", "eng", 130),
    ("dave", "ops", 88),
    ("eve", "sales", 70),
]
by_dept = {}
for name, dept, salary in records:
    by_dept.setdefault(dept, []).append((salary, name))
for dept in sorted(by_dept):
    entries = sorted(by_dept[dept], reverse=True)
    total = sum(s for s, _ in entries)
    print(dept, entries, total, total / len(entries))
top = max(records, key=lambda r: r[2])
print("top earner:", top[0], top)
print(sorted(records, key=lambda r: (r[1], -r[2])))
