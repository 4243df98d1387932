# Converting between strings and numbers.
print(str(42), str(-3.5), str(1e-10), str(2 ** 64), repr(0.1))
print(int("42") + 1, float("3.5") * 2, int(" -7 "), float("  1e3 "))
print(int("٣٤"), float("١.٥"), int("１２"))
print("{:d}".format(int("0010")), int("0010"), int("00"))
print(str(1/3), str(2/3)[:10], repr(1/3)[-3:])
print("".join(str(d) for d in range(10)), int("".join(str(d) for d in range(1, 10))) * 9)
print(str(int("12" * 20)), len(str(2 ** 3000)))
print(hex(int("ff", 16)), oct(int("777", 8)), bin(int("1010", 2)))
