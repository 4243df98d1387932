# Evaluation order: left to right, assignment RHS first.
log = []
def e(x):
    log.append(x)
    return x
e(1) + e(2) * e(3)
print(log); log.clear()
[e('a'), e('b'), e('c')]
print(log); log.clear()
{e('k1'): e('v1'), e('k2'): e('v2')}
print(log); log.clear()
def f(*a, **k): return None
f(e(1), e(2), x=e(3), y=e(4))
print(log); log.clear()
d = {}
d[e('key')] = e('value')
print(log); log.clear()
x = e(1) if e(True) else e(2)
print(log); log.clear()
e([1, 2])[e(0)] if False else None
class O: pass
o = O()
e(o).attr = e(5)
print(len(log), log[0], log[1] is o, o.attr); log.clear()
a, b = e(1), e(2)
print(log); log.clear()
print(e(2) ** e(3) ** e(2), log); log.clear()
e(1) < e(2) < e(3)
print(log); log.clear()
