# expandtabs with default and custom sizes.
s = "a\tbc\tdef\tghij\tk"
print(repr(s.expandtabs()))
for n in [0, 1, 2, 4, 5]:
    print(n, repr(s.expandtabs(n)))
print(repr("\t".expandtabs()), repr("x\ny\tz".expandtabs(4)), repr("ab\r\tc".expandtabs(4)))
print(repr("12345678\t9".expandtabs()), repr("".expandtabs()), repr("\t\t".expandtabs(3)))
