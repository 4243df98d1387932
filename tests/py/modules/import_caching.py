# Modules execute once; later imports reuse sys.modules.
import sys
print("mod_util" in sys.modules)
import mod_util
print("mod_util" in sys.modules, sys.modules["mod_util"] is mod_util)
import mod_util
import mod_util as again
from mod_util import bump
print(again is mod_util)
mod_util.counter = 100
import mod_util
print(mod_util.counter, bump())
def inner_import():
    import mod_util
    return mod_util.counter
print(inner_import())
del sys.modules["mod_util"]
import mod_util as fresh
print(fresh is again, fresh.counter, again.counter)
