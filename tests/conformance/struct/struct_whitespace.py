# Whitespace between items is ignored (CPython; MicroPython: ValueError, a code-size limitation).
import struct

print(struct.calcsize('< b h'), struct.pack('> h  h', 1, 2), struct.unpack('<b\tb', b'\x01\x02'))
