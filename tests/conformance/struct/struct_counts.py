# Repeat counts: a count before a code repeats it; for 's' it is the string length.
import struct

for fmt in ('<3B', '<2H', '<10s', '<0s', '<1s', '<2x', '<3i2h', '<0i', '>5b', '<12d'):
    print(fmt, struct.calcsize(fmt))
print(struct.pack('<3B', 1, 2, 3), struct.unpack('<3B', b'\x04\x05\x06'))
print(struct.pack('>2H', 1, 258), struct.unpack('>2H', b'\x00\x01\x01\x02'))
print(struct.pack('<0i'), struct.unpack('<0i', b''))
print(struct.pack('<2b3s', -1, 1, b'abc'))
