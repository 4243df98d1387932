# pass in every block kind.
def f():
    pass
class C:
    pass
for i in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
with open if False else type("CM", (), {"__enter__": lambda s: s, "__exit__": lambda s, *a: None})():
    pass
print(f(), C.__name__, i)
def g(): ...
print(g())
