# pack_into writes into a writable buffer at an offset (negative: from the end).
import struct

b = bytearray(8)
struct.pack_into('<h', b, 0, -1)
struct.pack_into('>h', b, 2, 0x0102)
struct.pack_into('<B', b, -1, 9)
struct.pack_into('<b', b, -3, 5)
print(b)
struct.pack_into('<2s', b, 4, b'xy')
print(b)
m = bytearray(4)
struct.pack_into('<I', memoryview(m), 0, 0x04030201)
print(m)
mv = memoryview(bytearray(6))
struct.pack_into('<h', mv[2:], 1, 7)
print(mv.tobytes())
for off in (7, 8, -9, 100):
    try:
        struct.pack_into('<h', b, off, 1)
        print(off, 'ok')
    except Exception:
        print(off, 'error')
print(b)
