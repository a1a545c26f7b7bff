# The s code: bytes of a fixed length, padded with zeros or truncated.
import struct

print(struct.pack('<5s', b'ab'), struct.pack('<2s', b'abcdef'), struct.pack('<s', b'xyz'), struct.pack('<0s', b'abc'))
print(struct.pack('<3s', bytearray(b'12')), struct.pack('<3s', b''))
print(struct.unpack('<4s', b'abcd'), struct.unpack('<2s2s', b'abcd'), struct.unpack('<0s', b''))
print(struct.pack('<h3sh', 1, b'ab', 2))
r = struct.unpack('<3s', bytearray(b'xyz'))[0]
print(r, type(r).__name__)
