# Return statements and implicit None.
def none_implicit(): pass
def none_explicit(): return
def tuple_ret(): return 1, 2, 3
def early(x):
    if x:
        return "early"
    print("not early")
    return "late"
print(none_implicit(), none_explicit(), tuple_ret())
print(early(1), early(0))
a, b, c = tuple_ret()
print(a + b + c)
def ret_in_loop():
    for i in range(10):
        if i * i > 20:
            return i
print(ret_in_loop())
def multiple():
    return [1], {'a': 2}, "s"
print(multiple())
def starred():
    rest = [2, 3]
    return 1, *rest
print(starred())
