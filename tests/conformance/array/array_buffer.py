# An array is a buffer: bytes(), bytearray(), bytes operations and memoryview see its raw bytes.
import array
import sys

a = array.array('B', [104, 105])
print(bytes(a), bytearray(a), b'>' + bytes(a), bytes(a).decode())
print(bytes(array.array('b', [-1, 1])), bytes(array.array('d')))
if sys.byteorder == 'little':
    print(bytes(array.array('h', [1, -1])))
    print(bytes(array.array('I', [0x01020304])))
    print(bytearray(array.array('q', [-2])))
    print(bytes(array.array('f', [1.0])), bytes(array.array('d', [-2.0])))
print(len(bytes(array.array('i', [1, 2, 3]))), len(bytes(array.array('d', [1.0]))))
ba = bytearray(b'<')
ba.extend(array.array('B', [1, 2]))
print(ba)
print(b'abc' in bytes(array.array('B', b'xabcx')))
