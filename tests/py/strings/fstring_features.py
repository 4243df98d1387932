# f-strings: expressions, conversions, nested specs, debugging =.
import math
x, y = 3, 4.5
name = "Ann"
items = ["a", "b"]
print(f"{x} + {y} = {x + y}")
print(f"{name!r:>8} {name!s:<6}| {'ü'!a}")
print(f"{x=} {y = } {name=!s} {x*2=:>5}")
print(f"{items[0]}{items[-1]} {len(items)} {items!r}")
print(f"{math.pi:.{x}f} {math.pi:{x + 5}.{x - 1}f}|")
print(f"{'nested {braces}'} {{escaped}} {{{x}}}")
print(f"{3.0:{'>'}{10}}|{x:{'0'}{5}}")
print(f"{x if x > 2 else y} {(lambda v: v * 2)(x)} {[i * i for i in range(x)]}")
print(f"{ {'k': 1}['k'] } { (1, 2) }")
d = {"key": "val"}
print(f"{d['key']} {d!r}")
w = 7
print(f"{'left':<{w}}|{'right':>{w}}|{'mid':^{w}}|")
print(f"{x:#b} {255:#x} {1e-3:.1e} {0.25:.0%} {1234567:,}")
print(f"{f'{x}'} {f'{y:.2f}'}")
print(f"""multi
{x}
line""")
print(f"{x!r:^5}|", f"{str(x):*^7}")
