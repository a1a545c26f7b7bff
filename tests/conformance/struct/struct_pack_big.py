# Packing every integer code big-endian, with > and with ! (network order).
import struct

for prefix in '>!':
    print(struct.pack(prefix + 'b', -1), struct.pack(prefix + 'B', 200))
    print(struct.pack(prefix + 'h', -2), struct.pack(prefix + 'H', 0x1234))
    print(struct.pack(prefix + 'i', -3), struct.pack(prefix + 'I', 0x12345678))
    print(struct.pack(prefix + 'l', 7), struct.pack(prefix + 'L', 0xdeadbeef))
    print(struct.pack(prefix + 'q', -5), struct.pack(prefix + 'Q', 0x0102030405060708))
    print(struct.pack(prefix + 'hbi', 1, 2, 3))
