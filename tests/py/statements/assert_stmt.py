# assert with and without messages.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args[0])
def msg():
    print("message evaluated")
    return "m"
assert 1, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print("caught", e)
x = 5
try:
    assert x < 0, f"x={x} must be negative"
except AssertionError as e:
    print(e)
print(__debug__)
