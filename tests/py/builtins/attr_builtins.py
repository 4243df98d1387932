# hasattr getattr setattr delattr vars.
class O:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
o = O()
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(o, "cls_attr"), hasattr(O, "x"))
print(getattr(o, "x"), getattr(o, "y", "default"), getattr(O, "cls_attr"), getattr(o, "__class__").__name__)
setattr(o, "y", 2)
setattr(o, "with space", 3)
print(o.y, getattr(o, "with space"), vars(o))
delattr(o, "y")
print(hasattr(o, "y"), vars(o))
try:
    getattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "real", 1)
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr([], "append").__name__, getattr("s", "upper")(), getattr(1, "real"))
print(sorted(k for k in vars(O) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
