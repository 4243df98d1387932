# bytes vs str vs bytearray comparisons.
print(b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", b"abc" == "abc")
print(b"" < b"\x00", b"\xff" > b"\xfe\xff", b"A" < b"a")
print(sorted([b"b", b"a", b"ab", b"", b"B"]))
print({b"x": 1, b"y": 2}, b"x" in {b"x": 1}, b"x" in {"x": 1})
print(len({b"a", b"a", bytes([97])}))
try:
    b"a" < "a"
except TypeError as e:
    print(type(e).__name__, e)
