# float methods and attributes.
print((2.5).is_integer(), (3.0).is_integer(), (-0.0).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.25).as_integer_ratio())
print((3.7).real, (3.7).imag, (3.7).conjugate())
print(float.__name__, type(1.5).__mro__[0].__name__)
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__mul__("x"))
print((7.0).__floordiv__(2), (7.0).__mod__(-2), (2.0).__pow__(0.5))
print(int(3.9), int(-3.9), float(3), (1.5).__trunc__(), (-1.5).__trunc__())
print((2.0).hex(), float.fromhex('0x1p-1074'), (1e308).hex())
try:
    (float('inf')).as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (float('nan')).as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
