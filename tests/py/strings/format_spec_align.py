# Format-spec mini-language: fill, align, width, sign, zero padding.
for v in [42, -42, 0]:
    print(f"[{v:8}][{v:<8}][{v:>8}][{v:^8}][{v:=8}][{v:08}][{v:+8}][{v: 8}][{v:-8}][{v:*^9}][{v:_<6}]")
for v in [3.5, -3.5]:
    print(f"[{v:8}][{v:<8}][{v:^8}][{v:=+9}][{v:09.2f}][{v: .1f}][{v:x>8.1f}]")
for s in ["ab", "abcdefghij"]:
    print(f"[{s:5}][{s:>5}][{s:^5}][{s:.>6}][{s:.3}][{s:>6.1}]")
print(f"[{'x':^4}][{'x':^5}][{'xy':^5}]")
print(f"[{True:5}][{True:>5d}][{None!s:>6}]")
print("[{:0=8}][{:0>8}][{:0<8}][{:010.3f}]".format(-5, -5, -5, -3.14159))
try:
    f"{'s':=5}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{'s':+}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{1:05s}" if False else format(1, "s")
except ValueError as e:
    print(type(e).__name__, e)
