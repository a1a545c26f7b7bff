# unpack_from reads at an offset; a negative offset counts from the end of the buffer.
import struct

data = b'\x00\x01\x02\x03\x04\x05\x06\x07'
print(struct.unpack_from('<h', data), struct.unpack_from('<h', data, 2), struct.unpack_from('<h', data, 6))
print(struct.unpack_from('<B', data, -1), struct.unpack_from('<h', data, -4), struct.unpack_from('<4B', data, -8))
print(struct.unpack_from('>I', bytearray(data), 1), struct.unpack_from('<0s', data, 8))
print(struct.unpack_from('<b', data, offset=3))
for off in (7, 8, 100, -9, -100):
    try:
        struct.unpack_from('<h', data, off)
        print(off, 'ok')
    except Exception:
        print(off, 'error')
