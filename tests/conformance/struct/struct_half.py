# The half-precision code e.
import struct

for v in (0.0, 1.0, -2.0, 0.5, 65504.0, 1.5, 0.1, float('inf')):
    p = struct.pack('<e', v)
    print(v, p, struct.pack('>e', v), struct.unpack('<e', p)[0])
print(struct.calcsize('<e'), struct.calcsize('<3e'))
