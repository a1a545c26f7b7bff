# bytes and bytearray initialise an array from their raw (native, little-endian here) bytes.
import array
import sys

print(array.array('B', b'\x00\x7f\x80\xff'))
print(array.array('b', b'\x00\x7f\x80\xff'))
print(array.array('b', bytearray(b'abc')))
if sys.byteorder == 'little':
    print(array.array('h', b'\x01\x00\xff\xff'))
    print(array.array('H', b'\x01\x02\x03\x04'))
    print(array.array('i', b'\x01\x00\x00\x00\xfe\xff\xff\xff'))
    print(array.array('I', bytearray(b'\xff\xff\xff\xff')))
    print(array.array('q', b'\xff' * 8), array.array('Q', b'\xff' * 8))
    print(array.array('d', b'\x00\x00\x00\x00\x00\x00\xf0\x3f'))
    print(array.array('f', b'\x00\x00\xc0\x3f'))

for code, data in (('h', b'\x01'), ('i', b'\x01\x02\x03'), ('d', bytes(9))):
    try:
        array.array(code, data)
    except ValueError:
        print(code, 'ValueError')
