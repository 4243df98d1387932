# print(): sep, end, file, flush, multiple args.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="\n", end="\n--\n")
print(1, 2.5, None, True, [1], (2,), {3: 4}, sep=" | ")
print("to stderr", 42, file=sys.stderr)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
print(*range(5))
print(*"abc", sep="-")
print("", end="")
print("to stdout explicitly", file=sys.stdout)
print("err", "multi", sep="+", end="!\n", file=sys.stderr)
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self): return "custom str"
print(S(), [S()] == [S()])
print("tab\tsep", "uni é 😀")
