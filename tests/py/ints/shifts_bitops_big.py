# Shifts and bitwise ops on negative and huge ints.
for v in [1, -1, 12345, -12345, 2 ** 100 + 5, -(2 ** 100 + 5)]:
    print(v << 1, v << 65, v >> 1, v >> 65, v >> 200)
print(-1 & 0xFFFF, -1 | 0, -1 ^ 0xFF, ~0, ~(2 ** 100))
print(-(2 ** 80) & (2 ** 81 - 1), -(2 ** 80) | 7, -(2 ** 80) ^ -1)
print((2 ** 128 - 1) & (2 ** 64 + 3), (2 ** 128) | 1, (2 ** 128 + 7) ^ (2 ** 128))
print(-12345 & -54321, -12345 | -54321, -12345 ^ -54321)
a = 0xDEADBEEFCAFEBABE1234567890
print(hex(a & 0xFFFFFFFF), hex(a >> 40), hex(a << 12), hex(~a))
print((1 << 1000) >> 998, bin(-5), bin(-(2 ** 70))[:12])
print(int.bit_length(0), (255).bit_length(), (-256).bit_length(), (2 ** 200).bit_length())
print((255).bit_count(), (-255).bit_count(), (2 ** 100 - 1).bit_count())
print(1 << 0, 5 >> 0, 0 << 1000, 0 >> 5)
