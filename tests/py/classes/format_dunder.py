# __format__ and format protocol.
class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __str__(self): return "Money"
m = Money(12345)
print(format(m), format(m, "short"), f"{m}", f"{m:short}", f"{m:.1f}")
print("{0} {0:short} {0!s}".format(m))
class Plain: pass
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(format(Plain(), "").startswith("<__main__.Plain object"))
class S(str): pass
print(format(S("abc"), ">5"), f"{S('x'):*^5}")
