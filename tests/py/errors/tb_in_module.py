# Traceback that passes through an imported helper module.
import mod_errors
print(mod_errors.run([1, 2]))
mod_errors.run([3, -4, 5])
