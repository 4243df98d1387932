print("pkg_shapes/__init__ running, __name__ =", __name__)
PKG_LEVEL = "package attribute"
from .circle import area as circle_area
