# Methods and attributes of int.
n = 1000
print(n.bit_length(), n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'', 'big'))
print((2 ** 64).to_bytes(9, 'big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
print((10).as_integer_ratio(), (-7).as_integer_ratio())
print(int.__name__, (5).__class__.__name__, isinstance(True, int))
print((7).__add__(3), (7).__radd__(3), (7).__sub__(10), (7).__mul__(2.0))
print((6).__truediv__(4), (6).__floordiv__(4), (6).__mod__(4), (2).__pow__(5))
print((3).__lt__(4), (3).__eq__(3.0), (3).__eq__("3"))
print(abs(-5), -abs(5), (5).__neg__(), (5).__invert__(), (5).__index__())
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0), round(15, -1))
