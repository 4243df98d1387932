# Formatting nested containers and objects with repr/str.
data = {"name": "Widget", "tags": ["a", "b"], "dims": (1, 2.5), "ok": True, "none": None}
print(data)
print(str(data) == repr(data))
print([["nested", ["deep", ("tuple", {"k": {1, 2}})]]])
print({"quote": "it's", "dq": 'say "hi"', "both": "'\""})
print(("single",), ((),), [[], {}], [set(), frozenset({1})])
print({1: {2: {3: {}}}}, [1.0, 2.50, -0.0, 1e-10, 1e100])
