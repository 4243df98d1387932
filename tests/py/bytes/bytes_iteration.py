# Iterating and converting bytes.
data = "Grüße, 世界".encode()
print(data, len(data))
for i, byte in enumerate(data[:6]):
    print(i, byte, hex(byte), bin(byte))
print([b for b in data if b > 127][:5], bytes(b ^ 0xFF for b in b"\x00\x0f\xf0"))
print(data.decode(), data.decode("utf-8")[::-1], list(reversed(b"abc")))
print(sorted(b"hello"), max(b"hello"), min(b"hello"), bytes(sorted(b"hello")))
checksum = 0
for byte in data:
    checksum = (checksum * 31 + byte) & 0xFFFFFFFF
print(checksum)
print(int.from_bytes(data[:4], "big"), int.from_bytes(data[:4], "little"))
