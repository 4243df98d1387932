# Packages with __init__.py, submodules and relative imports.
import pkg_shapes
print(pkg_shapes.PKG_LEVEL, pkg_shapes.circle_area(2))
import pkg_shapes.square
print(pkg_shapes.square.area(4), pkg_shapes.square.compare(1))
from pkg_shapes import circle
print(circle.PI, circle.__name__, circle is pkg_shapes.circle)
from pkg_shapes.sub import deep
print(deep.info(), deep.__name__)
from pkg_shapes.sub import NAME
print(NAME)
import pkg_shapes.sub.deep as d2
print(d2 is deep)
print(pkg_shapes.__name__, pkg_shapes.sub.__name__)
