# Slicing bytes and bytearray with steps.
b = bytes(range(10))
print(b[2:8], b[::3], b[::-2], b[-3:], b[5:2:-1], b[100:])
ba = bytearray(range(10))
ba[::2] = bytes(5)
print(ba)
del ba[::3]
print(ba)
ba[2:4] = b""
print(ba)
try:
    ba[::2] = b"x"
except ValueError as e:
    print(type(e).__name__, e)
print(b[3], b[3:4], b[-1:], bytes(b[::-1][:3]))
