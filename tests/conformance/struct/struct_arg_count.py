# pack and pack_into need exactly one value per code (CPython; MicroPython does not check, a limitation).
import struct

for args in ((), (1,), (1, 2, 3)):
    try:
        struct.pack('<2h', *args)
        print(len(args), 'ok')
    except Exception:
        print(len(args), 'error')
try:
    struct.pack_into('<b', bytearray(2), 0)
except Exception:
    print('pack_into error')
print(struct.pack('<2h', 1, 2), struct.pack('<2xh', 3))
