# Bytes literals.
print(b'', b'abc', B'ABC', b"dq")
print(b'\x00\x01\xff', b'\n\t\r', b'\\', b'\'')
print(b'\101\102', b'\7')
print(list(b'AZ'), b'a'[0], b'abc'[1:])
print(repr(b'quote"s'), repr(b"it's"), repr(b'both\'"'))
print(b'''triple
bytes''')
print(len(b'\x00' * 3), type(b'').__name__)
print(b'\u00e9', len(b'\u00e9'))
print(b'\x7f\x80', bytes([127, 128, 32, 126]))
