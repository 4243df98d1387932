# del of a function call.
del len("x")
