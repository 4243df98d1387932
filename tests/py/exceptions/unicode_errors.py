# Unicode encode/decode errors.
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.reason)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, e.reason)
print('é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'ignore'))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
print(isinstance(UnicodeDecodeError('utf-8', b'', 0, 0, 'x'), ValueError))
