# 64-bit codes with big ints.
import struct

print(struct.pack('<Q', 2 ** 64 - 1), struct.pack('>Q', 2 ** 63), struct.pack('<q', -2 ** 63))
print(struct.unpack('<Q', b'\xff' * 8), struct.unpack('>q', b'\x80' + bytes(7)))
v = struct.unpack('<Q', struct.pack('<Q', 12345678901234567890))[0]
print(v, v + 1, type(v).__name__)
print(struct.pack('<I', 2 ** 32 - 1), struct.unpack('<I', b'\xff\xff\xff\xff')[0] + 1)
