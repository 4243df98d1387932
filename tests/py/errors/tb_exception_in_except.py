# A bare raise inside a nested handler re-raises the inner exception, chained to the outer.
try:
    {}["missing"]
except KeyError:
    try:
        [][0]
    except IndexError:
        raise
