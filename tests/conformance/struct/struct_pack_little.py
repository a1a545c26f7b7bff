# Packing every integer code little-endian.
import struct

print(struct.pack('<b', -1), struct.pack('<B', 255), struct.pack('<b', 127))
print(struct.pack('<h', -2), struct.pack('<H', 0x1234))
print(struct.pack('<i', -3), struct.pack('<I', 0x12345678))
print(struct.pack('<l', -4), struct.pack('<L', 0xdeadbeef))
print(struct.pack('<q', -5), struct.pack('<Q', 0x0102030405060708))
print(struct.pack('<bhiq', 1, 2, 3, 4))
print(struct.pack('<', ), struct.pack('<HB', 1, 2))
