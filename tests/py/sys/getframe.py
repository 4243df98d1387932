# sys._getframe(): f_lineno, f_code.co_name, f_back.
import sys
def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_lineno
print(where())
def caller_info():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno
def outer():
    return caller_info()
print(outer())
print(caller_info())
def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
def a(): return b()
def b(): return chain()
print(a())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno, sys._getframe().f_back)
def lineno_changes():
    x = sys._getframe().f_lineno
    y = sys._getframe().f_lineno
    return y - x
print(lineno_changes())
class K:
    def method(self):
        return sys._getframe().f_code.co_name
    name_in_body = sys._getframe().f_code.co_name
print(K().method(), K.name_in_body)
print((lambda: sys._getframe().f_code.co_name)())
try:
    sys._getframe(100)
except ValueError as e:
    print(type(e).__name__, e)
