# repr/str of dicts.
print({}, {'a': 1}, {1: 'a', 'b': [2], (3,): {4: None}})
print({'quote': "it's", "key's": 'v'}, {1.5: 2.5, -0.0: True})
print(str({'x': 'y'}), repr({'x': 'y'}), f"{ {'f': 1} }")
print(dict(a=1).keys(), dict(a=1).values(), dict(a=1).items())
print({None: None}, {True: False}, {'': ''}, {b'b': bytearray(b'x')})
