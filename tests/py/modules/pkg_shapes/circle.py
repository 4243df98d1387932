print("pkg_shapes.circle loading, __name__ =", __name__)
PI = 3.14159
def area(r):
    return round(PI * r * r, 3)
