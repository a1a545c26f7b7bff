# Float codes: f (single), d (double); values that do and do not survive single precision.
import struct

print(struct.pack('<f', 1.0), struct.pack('>f', 1.0), struct.pack('<d', 1.0), struct.pack('>d', -2.0))
print(struct.unpack('<f', struct.pack('<f', 0.1))[0], struct.unpack('<d', struct.pack('<d', 0.1))[0])
print(struct.unpack('<d', b'\x00\x00\x00\x00\x00\x00\xf0\x7f'), struct.unpack('>d', b'\xff\xf0\x00\x00\x00\x00\x00\x00'))
print(struct.pack('<d', float('inf')), struct.pack('<f', float('-inf')))
n = struct.unpack('<d', struct.pack('<d', float('nan')))[0]
print(n != n)
print(struct.pack('<f', 3), struct.pack('<d', True), struct.unpack('<2f', struct.pack('<2f', 1.5, -2.5)))
print(struct.pack('>d', -0.0), struct.unpack('<f', bytes(4)))
