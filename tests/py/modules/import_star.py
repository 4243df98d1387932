# from module import * honours __all__ and underscores.
from mod_star import *
print(public_a, public_b)
try:
    public_c
except NameError as e:
    print(type(e).__name__, e)
from mod_nostar import *
print(visible, func())
try:
    _underscore
except NameError as e:
    print(type(e).__name__, e)
import mod_star
print(mod_star.public_c, mod_star._hidden, mod_star.__all__)
