# Positional argument after keyword argument.
print(end="", "text")
