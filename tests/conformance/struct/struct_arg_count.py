# mp-differs: MicroPython does not check the number of values: missing ones leave zeros (pack) or the target's
# bytes (pack_into), extra ones are ignored; CPython raises struct.error (facts: cpython-differences.md, modules).
import struct

print(struct.pack('<2h', 1), struct.pack('<2h'), struct.pack('<h', 1, 2, 3), struct.pack('<2h', 1, 2))
print(struct.pack('<h3s', 5), struct.pack('<bxb', 1), struct.pack('<b2x'))
b = bytearray(b'abcdef')
struct.pack_into('<3b', b, 1, 0x41)
print(b)
struct.pack_into('<b', b, 0, 0x30, 0x31)
print(b)
