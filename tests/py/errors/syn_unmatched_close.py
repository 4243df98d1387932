# An unmatched closing parenthesis.
x = 1 + 2)
