# Truth value testing of builtin and user objects.
vals = [0, 1, -1, 0.0, 0.1, 0j, 1j, '', ' ', 'False', [], [0], (), (None,), {}, {0: 0},
        set(), {0}, frozenset(), range(0), range(1), None, True, False, b'', b'\x00', bytearray()]
for v in vals:
    print(repr(v), bool(v), 'T' if v else 'F')
class L:
    def __len__(self): return 0
class B:
    def __bool__(self): return True
    def __len__(self): return 0
class Plain: pass
print(bool(L()), bool(B()), bool(Plain()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
