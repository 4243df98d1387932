# Special attributes set by the interpreter on specific exceptions.
try:
    {}['k']
except KeyError as e:
    print(e.args)
try:
    undefined_var
except NameError as e:
    print(e.name)
try:
    "x".nope
except AttributeError as e:
    print(e.name, e.obj)
try:
    raise StopIteration("v")
except StopIteration as e:
    print(e.value)
try:
    raise SystemExit(5)
except SystemExit as e:
    print(e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print(e.code, e.args)
try:
    raise SystemExit("msg", 2)
except SystemExit as e:
    print(e.code, e.args)
e = OSError(2, "not found", "file.txt")
print(e.errno, e.strerror, e.filename, str(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, e.__traceback__ is not None)
e = Exception("a")
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e2 = e.with_traceback(None)
print(e2 is e)
