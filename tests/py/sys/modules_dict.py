# sys.modules contains __main__ and imported modules.
import sys
import math
print("__main__" in sys.modules, "math" in sys.modules, sys.modules["math"] is math)
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
main = sys.modules["__main__"]
marker = "visible through __main__"
print(main.marker)
