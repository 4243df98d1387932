# An unterminated triple-quoted string.
x = 1
doc = """starts here
and never ends
