# The extreme values of each integer code pack and unpack exactly.
import struct

limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
          'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1), 'l': (-2 ** 31, 2 ** 31 - 1), 'L': (0, 2 ** 32 - 1),
          'q': (-2 ** 63, 2 ** 63 - 1), 'Q': (0, 2 ** 64 - 1)}
for code in 'bBhHiIlLqQ':
    lo, hi = limits[code]
    fmt = '<2' + code
    p = struct.pack(fmt, lo, hi)
    print(code, p, struct.unpack(fmt, p))
