# Exception matching by instance hierarchy with multiple except clauses.
class Base(Exception): pass
class Mid(Base): pass
class Leaf(Mid): pass
for cls in [Leaf, Mid, Base, Exception]:
    try:
        raise cls("x")
    except Leaf:
        print(cls.__name__, "-> Leaf handler")
    except Mid:
        print(cls.__name__, "-> Mid handler")
    except Base:
        print(cls.__name__, "-> Base handler")
    except Exception:
        print(cls.__name__, "-> Exception handler")
def classify(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return "TV:" + type(e).__name__
    except ArithmeticError as e:
        return "A:" + type(e).__name__
    except BaseException as e:
        return "B:" + type(e).__name__
for exc in [TypeError(), ValueError(), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'),
            OverflowError(), ZeroDivisionError(), GeneratorExit(), StopIteration()]:
    print(classify(exc))
