# An unterminated single-quoted string.
message = "hello
print(message)
