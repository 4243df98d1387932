# An opening parenthesis that is never closed.
print("hello"
x = 1
