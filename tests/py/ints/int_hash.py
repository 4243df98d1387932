# Hashes of small and large ints, and numeric hash equality.
print([hash(i) for i in range(-3, 10)])
print(hash(0), hash(1), hash(-1), hash(-2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 5), hash(-(2 ** 61)))
print(hash(2 ** 100), hash(-(2 ** 100)))
print(hash(10 ** 20), hash(123456789012345678901234567890))
print(hash(True), hash(False), hash(1.0) == hash(1), hash(2.5) == hash(2.5))
print(hash(-1.0), hash(0.0), hash(-0.0))
print(hash(2 ** 63) == hash(2.0 ** 63))
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d)
print({0, 0.0, False, -0.0})
