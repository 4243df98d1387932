# raise ... from ... sets __cause__ and __suppress_context__.
class ConfigError(Exception):
    pass
def load():
    try:
        {}['port']
    except KeyError as e:
        raise ConfigError("port missing") from e
try:
    load()
except ConfigError as e:
    print(e, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def quiet():
    try:
        int("x")
    except ValueError:
        raise RuntimeError("replaced") from None
try:
    quiet()
except RuntimeError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
try:
    implicit()
except KeyError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("x") from TypeError("cause")
except ValueError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError from KeyError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
