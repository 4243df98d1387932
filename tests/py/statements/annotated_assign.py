# Variable annotations.
x: int = 5
y: str
print(x)
print(__annotations__)
try:
    y
except NameError as e:
    print(type(e).__name__, e)
def f(a: int, b: "str" = "s") -> list:
    z: float = 1.5
    w: int
    return [a, b, z]
print(f(1))
print(f.__annotations__)
class C:
    attr: int = 3
    other: str
print(C.attr, C.__annotations__, hasattr(C, 'other'))
lst = [0]
lst[0]: int = 9
print(lst)
