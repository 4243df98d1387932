# AttributeError messages for many receivers.
class Plain:
    pass
class WithSlots:
    __slots__ = ("a",)
import math
cases = [
    lambda: Plain().missing,
    lambda: Plain.missing,
    lambda: WithSlots().a,
    lambda: (1).missing,
    lambda: "s".missing,
    lambda: [].missing,
    lambda: None.missing,
    lambda: math.missing,
    lambda: (lambda: 0).missing,
    lambda: setattr(WithSlots(), "b", 1),
    lambda: setattr(object(), "x", 1),
    lambda: setattr(1, "x", 1),
    lambda: delattr(Plain(), "x"),
    lambda: setattr(str, "x", 1),
    lambda: [].append.missing,
    lambda: int.missing,
]
for c in cases:
    try:
        c()
    except AttributeError as e:
        print(type(e).__name__ + ":", e)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
