__all__ = ["public_a", "public_b"]
public_a = "A"
public_b = "B"
public_c = "C (not in __all__)"
_hidden = "hidden"
