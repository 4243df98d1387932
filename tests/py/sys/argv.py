# sys.argv holds the script name when run without arguments.
import sys
print(sys.argv, len(sys.argv), type(sys.argv).__name__)
print(sys.argv[0], sys.argv[0].endswith(".py"), sys.argv[1:])
