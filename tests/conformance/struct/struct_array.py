# Arrays are buffers for struct: unpack from them and pack into them.
import array
import struct

a = array.array('h', [1, -2, 3])
print(struct.unpack('<3h', a), struct.unpack_from('<h', a, 2), struct.unpack_from('<h', a, -2))
b = array.array('B', [0] * 6)
struct.pack_into('<hI', b, 0, -1, 0x01020304)
print(b)
struct.pack_into('>H', b, 4, 0xabcd)
print(list(b))
i = array.array('i', [0, 0])
struct.pack_into('<i', i, 4, -5)
print(i)
