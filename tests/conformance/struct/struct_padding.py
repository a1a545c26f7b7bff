# The x code: pad bytes (zero when packing, skipped when unpacking; they take no value).
import struct

print(struct.pack('<bxb', 1, 2), struct.pack('<3xb', 9), struct.pack('<x'))
print(struct.unpack('<bxb', b'\x01\xff\x02'), struct.unpack('<2xh', b'\xaa\xbb\x01\x00'))
print(struct.calcsize('<bxh'), struct.calcsize('@bxh'))
