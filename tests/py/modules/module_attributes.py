# Module objects: attributes, setattr, dir, functions keep their globals.
import mod_util
mod_util.new_attr = "added from outside"
print(mod_util.new_attr, getattr(mod_util, "CONSTANT"), hasattr(mod_util, "nope"))
setattr(mod_util, "CONSTANT", 7)
print(mod_util.CONSTANT)
f = mod_util.bump
print(f(), f(), mod_util.counter)
print([n for n in dir(mod_util) if not n.startswith("_")])
print(mod_util.double.__module__, mod_util.Greeter.__module__, mod_util.Greeter("x").__class__.__module__)
import sys
print(type(sys).__name__, sys.__name__, __name__)
