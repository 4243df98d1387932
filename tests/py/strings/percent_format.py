# printf-style % formatting.
print("%s %s" % ("a", "b"), "%s" % "single", "%s" % (("tuple",),), "%r" % "quoted")
print("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o" % (42, 42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
print("%f|%.2f|%8.3f|%-8.1f|%08.2f|%+.1f|%e|%.2E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.000314, 0.00001234, 1e20))
print("%c%c%c" % (65, "b", 0x263a), "%%", "100%%" % ())
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)r" % {"x": [1]})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s" % None, "%s" % [1, 2], "%s %s" % (True, 1.5), "%d" % True, "%d" % 3.99, "%i" % -7)
print("%a" % "é", "%r" % "é", "%s" % b"bytes")
print("%10s|%-10s|%.2s|%5.1s|" % ("right", "left", "truncate", "xyz"))
print("%x %o %X" % (-255, -8, 3054), "%d" % (10 ** 30), "%x" % (2 ** 70))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", ("a",)), ("%c", 1114112)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%.3s|%5.2f%%" % ("abcdef", 99.567))
