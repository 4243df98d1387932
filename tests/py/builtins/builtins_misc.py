# Miscellaneous builtin behaviour.
print(abs(-7) + len("ab") * max(1, 3) - min(4, 9), divmod(*divmod(100, 7)))
print(sorted(map(abs, [-3, 1, -2])), list(zip(*sorted({"b": 2, "a": 1}.items()))))
print(sum(map(int, "12345")), "".join(sorted("hello", reverse=True)))
print(isinstance(print, type(len)), callable(print), print.__name__, len.__name__)
print(type(abs).__name__, repr(len)[:10])
