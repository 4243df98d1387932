# An uncaught ZeroDivisionError at module level after some output.
print("start")
x = 10
y = 0
print("dividing")
print(x / y)
print("never printed")
