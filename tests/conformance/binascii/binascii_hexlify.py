# binascii.hexlify / unhexlify, with the optional separator.
import binascii

for data in (b'', b'\x00', b'\x01\x23\x45\x67\x89\xab\xcd\xef', bytes(range(0, 256, 17)), bytearray(b'MicroPython')):
    h = binascii.hexlify(data)
    print(h, type(h).__name__, binascii.unhexlify(h) == bytes(data))

print(binascii.hexlify(b'\xde\xad\xbe\xef', '-'))
print(binascii.hexlify(b'\xde\xad\xbe\xef', b':'))
print(binascii.hexlify(b'\x01', ' '))
print(binascii.hexlify(memoryview(b'xyz')))

print(binascii.unhexlify(b'DEADbeef'))
print(binascii.unhexlify('00ff10'))
print(binascii.unhexlify(b''))

for bad in (b'abc', b'0g', b'zz'):
    try:
        binascii.unhexlify(bad)
    except ValueError as e:
        print('ValueError')

try:
    binascii.hexlify(12)
except TypeError as e:
    print(type(e).__name__)
