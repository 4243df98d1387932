# Basic complex arithmetic and repr.
a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, abs(a))
print(a.real, a.imag, a.conjugate(), a == 3 + 4j, a != b)
print(complex(1.5, -0.5), complex("1+2j"), complex("3"), complex("-2j"))
print(repr(complex(0, 0)), repr(complex(-0.0, 0)), repr(1j * 1j), repr(complex(1, float('inf'))))
print((1 + 1j) ** 2, (2j) ** 0.5 if False else "skip", 1j ** 2)
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1 + 0j) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), (1 + 0j) == 1, type(1 + 0j).__name__)
