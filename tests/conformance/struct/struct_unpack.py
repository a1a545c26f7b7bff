# Unpacking every integer code in both byte orders.
import struct

data = bytes(range(1, 9))
for prefix in '<>':
    for code in 'bBhHiIlLqQ':
        fmt = prefix + code
        print(fmt, struct.unpack(fmt, data[:struct.calcsize(fmt)]))
print(struct.unpack('<bB', b'\xff\xff'), struct.unpack('>hH', b'\xff\xfe\xff\xfe'))
print(struct.unpack('<iI', b'\xff\xff\xff\xff' * 2), struct.unpack('<qQ', b'\xff' * 16))
r = struct.unpack('<hi', b'\x01\x00\x02\x00\x00\x00')
print(r, type(r).__name__, len(r))
