# The = prefix: native byte order with standard sizes and no alignment (CPython; MicroPython rejects it,
# a code-size limitation).
import struct
import sys

print(struct.calcsize('=bi'), struct.calcsize('=l'), struct.calcsize('=q'))
if sys.byteorder == 'little':
    print(struct.pack('=bh', 1, 2), struct.unpack('=h', b'\x01\x02'))
