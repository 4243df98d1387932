# Identifiers: underscores, digits, unicode, keywords as attributes of strings.
_x = 1
__y = 2
x1 = 3
X1 = 4
café = 5
π = 3.14
变量 = "chinese"
print(_x, __y, x1, X1, café, π, 变量)
_ = "underscore"
print(_)
class_ = "class_"
print(class_)
match = 10
case = 20
type = 30
print(match, case, type)
del type
print(type(1).__name__)
print("abc".isidentifier(), "1abc".isidentifier(), "_".isidentifier(), "café".isidentifier())
import sys
print(sys.modules['__main__'].__name__ if False else __name__)
