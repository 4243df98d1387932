# Import failures and errors raised from imported modules.
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from mod_util import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkg_shapes.nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import mod_raises
try:
    mod_raises.fail(3)
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
