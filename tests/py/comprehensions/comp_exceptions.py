# Exceptions raised inside comprehensions propagate.
try:
    [1 // x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    {x: undefined for x in range(1)}
except NameError as e:
    print(type(e).__name__, e)
def safe_div(xs):
    return [1 / x if x else float('inf') for x in xs]
print(safe_div([1, 0, 4]))
try:
    [x for x in 5]
except TypeError as e:
    print(type(e).__name__, e)
