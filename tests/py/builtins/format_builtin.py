# format() builtin.
print(format(3.14159, ".2f"), format(42, "05d"), format("x", "^5"), format(255, "#x"), format(1234567, ","))
print(format(0.25, "%"), format(True), format(None), format([1, 2]), format(12), format(1.0))
print(format(-3, "+"), format(3, " "), format(2.5e-5, "g"), format(1e100, ".3e"), format("abc", ".1"))
class F:
    def __format__(self, spec): return f"F<{spec}>"
print(format(F(), "anything"), format(F()), f"{F():xyz}")
try:
    format(1, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
