# Invalid decimal literal.
value = 1abc
