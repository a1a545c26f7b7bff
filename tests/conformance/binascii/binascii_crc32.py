# binascii.crc32: the zlib CRC-32, continuing from a previous value.
import binascii

for data in (b'', b'a', b'abc', b'hello world', b'The quick brown fox jumps over the lazy dog', bytes(range(256))):
    print(binascii.crc32(data))

whole = binascii.crc32(b'hello world')
part = binascii.crc32(b'hello ')
print(binascii.crc32(b'world', part) == whole)
print(binascii.crc32(b'abc', 0), binascii.crc32(b'abc', 1), binascii.crc32(b'abc', 0xFFFFFFFF))
print(binascii.crc32(bytearray(b'\x00' * 32)))
