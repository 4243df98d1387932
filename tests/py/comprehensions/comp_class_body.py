# Comprehensions in class bodies: only the first iterable sees class scope.
class C:
    base = [1, 2, 3]
    doubled = [x * 2 for x in base]
    pairs = {x: x for x in base}
    offset = 10
    try:
        shifted = [x + offset for x in base]
    except NameError as e:
        shifted = str(e)
print(C.doubled, C.pairs, C.shifted)
