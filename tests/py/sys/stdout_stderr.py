# sys.stdout.write / flush and sys.stderr.
import sys
n = sys.stdout.write("written without newline")
sys.stdout.write("\n")
print("write returned", n)
sys.stdout.flush()
sys.stderr.write("error stream line 1\n")
sys.stderr.flush()
print("stdout again")
print("also to stderr", file=sys.stderr)
w = sys.stdout.write
w("bound method write\n")
sys.stdout.write("unicode é 😀\n")
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
