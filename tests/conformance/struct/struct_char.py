# The char code c: one byte, given and returned as a bytes object of length 1 (CPython; MicroPython has no
# 'c', a code-size limitation).
import struct

print(struct.pack('<c', b'a'), struct.pack('<3c', b'x', b'y', b'z'), struct.unpack('<2c', b'hi'))
print(struct.calcsize('<5c'), struct.pack('<hc', 1, b'!'))
for bad in (b'', b'ab', 'a', 97, bytearray(b'a')):
    try:
        struct.pack('<c', bad)
    except Exception:
        print(repr(bad), 'error')
