# The format may be given as bytes.
import struct

print(struct.calcsize(b'<hi'), struct.pack(b'>H', 258), struct.unpack(b'<b', b'\xff'), struct.unpack_from(b'<B', b'ab', 1))
