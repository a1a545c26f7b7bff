# pack then unpack gives the values back, for every code and both byte orders.
import struct

values = {'b': -100, 'B': 200, 'h': -30000, 'H': 60000, 'i': -2 ** 31, 'I': 2 ** 32 - 1, 'l': -7, 'L': 7,
          'q': -2 ** 63, 'Q': 2 ** 64 - 1, 'f': 0.5, 'd': -1.25, 'e': 2.0}
for prefix in ('<', '>', '!', '@', ''):
    ok = []
    for code, v in sorted(values.items()):
        fmt = prefix + code
        ok.append(struct.unpack(fmt, struct.pack(fmt, v))[0] == v)
    print(repr(prefix), all(ok), len(ok))
fmt = '<bhiqfd5s'
packed = struct.pack(fmt, 1, 2, 3, 4, 5.5, 6.25, b'seven')
print(len(packed), struct.unpack(fmt, packed))
