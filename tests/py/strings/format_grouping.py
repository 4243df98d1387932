# Thousands separators , and _.
for v in [0, 999, 1000, 123456, -1234567, 10 ** 12, 2 ** 64]:
    print(f"{v:,} {v:_} {v:15,} {v:>15_} {v:015,}")
for v in [1234.5, -1234567.891, 0.5, 1e10]:
    print(f"{v:,} {v:,.2f} {v:_.1f} {v:,.3e} {v:,g}")
print(f"{0xFFFFFFFF:_x} {0o777777:_o} {255:_b} {123456:_X}")
try:
    f"{1000:,x}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{1000:,_}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{'s':,}"
except ValueError as e:
    print(type(e).__name__, e)
print(f"{1234567:010,}", f"{1234:08,}", f"{12:05,}")
