# Value conversion: ints for integer codes (bool counts), numbers for float codes, buffers for s.
import struct

print(struct.pack('<b', True), struct.pack('<d', 1), struct.pack('<f', False))
for fmt, v in (('<i', 1.5), ('<i', '1'), ('<i', None), ('<d', 'x'), ('<h', b'1'), ('<3s', 5)):
    try:
        struct.pack(fmt, v)
        print(fmt, 'ok')
    except Exception:
        print(fmt, type(v).__name__, 'error')

class Number:
    def __index__(self):
        return 7
    def __int__(self):
        return 7
print(struct.pack('<b', 3))
