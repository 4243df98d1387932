# Uncaught NameError: CPython 3.11 appends a "Did you mean" suggestion.
counter = 0
for i in range(3):
    counter += i
print(counter)
print(countr)
