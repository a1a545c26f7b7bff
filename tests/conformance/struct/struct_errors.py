# Bad formats, short buffers and read-only targets are errors (ValueError in MicroPython, struct.error in CPython).
import struct

for fmt in ('z', '<z', 'bz', '3', '<3', 'u', 'y'):
    try:
        struct.calcsize(fmt)
        print(repr(fmt), 'ok')
    except Exception:
        print(repr(fmt), 'error')

for fmt, data in (('<i', b''), ('<i', b'abc'), ('<2h', b'\x00\x00\x00'), ('<3s', b'ab')):
    try:
        struct.unpack(fmt, data)
    except Exception:
        print(fmt, len(data), 'error')

for target in (b'1234', 'abcd', 5):
    try:
        struct.pack_into('<b', target, 0, 1)
    except TypeError:
        print(type(target).__name__, 'TypeError')

try:
    struct.unpack('<i', 1234)
except TypeError:
    print('unpack TypeError')
try:
    struct.pack(1)
except TypeError:
    print('format TypeError')
