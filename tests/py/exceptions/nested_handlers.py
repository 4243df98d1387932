# Nested try statements and handler selection.
def process(items):
    results = []
    for item in items:
        try:
            try:
                results.append(10 // item)
            except ZeroDivisionError:
                results.append("div0")
                raise ValueError("bad item") if item == 0 and len(results) > 2 else None
        except ValueError as e:
            results.append(str(e))
        except TypeError:
            results.append("type")
    return results
print(process([1, 0, 2, "x", 0, 5]))
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        deep(n - 1)
    except KeyError:
        print("never: wrong type")
    finally:
        print("unwinding", n)
try:
    deep(3)
except LookupError as e:
    print("top caught", e)
