# User-defined exception classes.
class AppError(Exception):
    """Base for app errors."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Invalid(AppError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
    def __str__(self):
        return f"invalid {self.field}: {self.value!r}"
def lookup(name):
    if name == "ghost":
        raise NotFound(name)
    if name == "":
        raise Invalid("name", name)
    return name.title()
for n in ["alice", "ghost", ""]:
    try:
        print(lookup(n))
    except NotFound as e:
        print("NotFound:", e, "| what =", e.what, "| args =", e.args)
    except AppError as e:
        print(type(e).__name__ + ":", e, "| args =", e.args, "| repr =", repr(e))
print(issubclass(NotFound, AppError), isinstance(Invalid("a", 1), Exception))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
class Coded(Exception):
    def __init__(self, code, msg="default"):
        super().__init__(code, msg)
        self.code = code
try:
    raise Coded(404)
except Coded as e:
    print(e.code, e.args, e)
