# Native layout packs zero bytes between items so each is aligned to its size.
import struct
import sys

if sys.byteorder == 'little':
    print(struct.pack('bi', 1, 2))
    print(struct.pack('@bh', 1, 2))
    print(struct.pack('@hq', 1, 2))
    print(struct.pack('@bbd', 1, 2, 0.0))
    print(struct.unpack('@bi', b'\x05\xff\xff\xff\x07\x00\x00\x00'))
print(len(struct.pack('@bq', 1, 2)), len(struct.pack('<bq', 1, 2)))
print(struct.unpack('@bq', struct.pack('@bq', -1, -2)))
