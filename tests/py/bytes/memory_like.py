# bytes as data: encoding integers, simple checksums and bit manipulation.
def pack_u16_be(values):
    out = bytearray()
    for v in values:
        out += v.to_bytes(2, "big")
    return bytes(out)
def unpack_u16_be(data):
    return [int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data), 2)]
packed = pack_u16_be([1, 256, 65535, 4660])
print(packed, unpack_u16_be(packed))
def crc8(data):
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = ((crc << 1) ^ 0x07) & 0xFF if crc & 0x80 else (crc << 1) & 0xFF
    return crc
print(crc8(b"123456789"), hex(crc8(b"hello")))
def rle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)
print(rle(b"aaabccccd"), rle(b""), rle(b"x" * 300)[:4])
