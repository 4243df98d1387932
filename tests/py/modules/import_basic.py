# import x, from x import y, import x as y.
print("main starts")
import mod_util
print(mod_util.CONSTANT, mod_util.double(21), mod_util.Greeter("Ann").greet())
print(mod_util.__name__, type(mod_util).__name__, mod_util.__doc__)
from mod_util import double, CONSTANT as C
print(double(5), C)
import mod_util as mu
print(mu is mod_util, mu.bump(), mod_util.bump(), mod_util.counter)
from mod_util import counter
mod_util.bump()
print(counter, mod_util.counter)
print(hasattr(mod_util, "_private"), sorted(k for k in vars(mod_util) if not k.startswith("__")))
print("main ends")
