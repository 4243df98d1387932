# bytearray is a mutable bytes.
ba = bytearray(b"hello")
ba[0] = ord("H")
ba.append(33)
ba.extend(b" world")
print(ba, len(ba))
ba[1:5] = b"EY"
print(ba)
del ba[0]
del ba[-6:]
print(ba)
ba.insert(0, 72)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord("Y"))
print(ba)
ba.reverse()
print(ba, bytes(ba), ba == b"!E", ba + b"x", type(ba + b"x").__name__)
ba2 = bytearray(4)
ba2[::2] = b"ab"
print(ba2, bytearray(range(65, 70)), bytearray("é", "utf-8"))
ba3 = bytearray(b"abc")
ba3 *= 2
ba3 += b"!"
print(ba3, ba3.upper(), ba3.count(b"a"), ba3.find(b"c"))
try:
    ba3[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(ba3)
except TypeError as e:
    print(type(e).__name__, e)
ba3.clear()
print(ba3, len(ba3), bytearray(b"xyz").decode())
