# Default object behaviour: __class__, __dict__, __eq__ identity, __init_subclass__.
class P:
    pass
p = P()
print(p.__class__.__name__, p.__class__ is P, type(p.__dict__).__name__)
print(p == p, p != P(), p.__eq__(p), p.__eq__(1))
print(P.__name__, P.__bases__ == (object,), object.__bases__)
print(sorted(n for n in dir(p) if not n.startswith('__')))
p.a = 1
print(sorted(n for n in dir(p) if not n.startswith('__')))
print(object.__name__, type(object()).__name__)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
p.__class__ = type("Q", (), {})
print(type(p).__name__)
print(str(object).startswith("<class"), repr(int), repr(P))
