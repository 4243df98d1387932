# repr of ints and negative zero handling.
print(repr(0), repr(-0), repr(+5), repr(-5), repr(10 ** 25), repr(-(10 ** 25)))
print([1, -1, 2 ** 64], (0,), {1: -1})
print(str(1_000), str(0x10), str(0o10), str(0b10))
print(f"{12345:d}", f"{-12345:d}", f"{12345:,}", f"{-1234567:_}", f"{2 ** 70:,}")
print("%d %i %5d %-5d| %05d %+d %x %X %o %#x %#o" % (42, 42, 42, 42, 42, 42, 255, 255, 8, 255, 8))
