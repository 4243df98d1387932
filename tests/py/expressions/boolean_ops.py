# and / or / not return operand values and short-circuit.
def t(x):
    print("eval", repr(x))
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'value' or 'default')
print([] and 'x', [0] and 'x')
print(None or 0 or '' or [] or {} or 'end')
print(1 and 2 and 3, 1 and 0 and 3)
print(not 0, not 1, not '', not 'a', not [], not None)
r = t(0) and t(1)
print("r =", r)
r = t(1) or t(2)
print("r =", r)
r = t(0) or t('') or t('x') or t('y')
print("r =", r)
r = t(1) and t(2) and t(0) and t(3)
print("r =", r)
print(type(not 5).__name__)
x = None
print(x is None or x.missing)
print(x is not None and x.missing)
print(0.0 or -0.0, 0j or 'z', 5 and 0.0)
