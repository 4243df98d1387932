# f-strings: expressions, conversions, format specs, nesting.
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{n:05}|{n:+}|{n:x}|{n:#x}|{n:b}|{n:o}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:g}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]")
print(f"[{name:{'*'}^{width}}]")
print(f"{{literal braces}} {{{n}}}")
print(f"{'nested ' + f'{n}'}")
d = {"k": "v"}
print(f"{d['k']} {len(d)}")
print(f"{n=}")
print(f"{n = }", f"{pi=:.1f}", f"{name=!r}")
print(F"capital F {n}")
print(rf"\n{n}", fr"{n}\t")
items = [1, 2, 3]
print(f"{items} {items[0]} {sum(items)}")
print(f"{3 if n > 10 else 4}")
print(f"{n:,} {1234567:,} {1234567:_}")
print(f"{'left':<8}|{'right':>8}|")
print(f"{(lambda x: x * 2)(21)}")
print(f'''triple {n}
quoted''')
print(f"{1000000:_x} {255:08b}")
