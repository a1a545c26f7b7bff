# Every buffer can be unpacked: bytes, bytearray, memoryview and slices of them.
import struct

data = struct.pack('<hI', -2, 1000)
print(struct.unpack('<hI', data), struct.unpack('<hI', bytearray(data)), struct.unpack('<hI', memoryview(data)))
print(struct.unpack('<I', memoryview(data)[2:]), struct.unpack_from('<I', memoryview(data), 2))
print(struct.unpack('<2B', bytes([1, 2])), struct.unpack_from('<B', bytearray(b'\x01\x02'), 1))
