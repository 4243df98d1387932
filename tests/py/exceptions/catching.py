# except clauses: specific, tuples, base classes, order.
def risky(kind):
    if kind == 'key':
        {}['missing']
    if kind == 'index':
        [][0]
    if kind == 'zero':
        1 / 0
    if kind == 'type':
        1 + 'a'
    if kind == 'value':
        int('abc')
    if kind == 'attr':
        None.foo
    return "no error"
for kind in ['key', 'index', 'zero', 'type', 'value', 'attr', 'none']:
    try:
        r = risky(kind)
        print(kind, "->", r)
    except (KeyError, IndexError) as e:
        print(kind, "lookup:", type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, "arith:", type(e).__name__, e)
    except Exception as e:
        print(kind, "other:", type(e).__name__, e)
try:
    raise KeyError('x')
except LookupError:
    print("KeyError caught as LookupError")
except KeyError:
    print("never reached")
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("outer handler", e)
errors = (ZeroDivisionError, ValueError)
try:
    int("q")
except errors as e:
    print("tuple from variable:", type(e).__name__)
try:
    raise TypeError("bare except")
except:
    print("bare except caught")
