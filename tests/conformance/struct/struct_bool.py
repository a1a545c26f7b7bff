# The bool code ? (CPython; MicroPython has no '?', a code-size limitation).
import struct

print(struct.pack('<?', True), struct.pack('<?', False), struct.pack('<3?', 5, 0, []))
print(struct.unpack('<2?', b'\x00\x01'), struct.unpack('<?', b'\x07'), struct.calcsize('<?'))
