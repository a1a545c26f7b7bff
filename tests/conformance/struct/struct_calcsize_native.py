# Native layout (@ or no prefix): each item aligned to its size; no padding at the end.
import struct

for fmt in ('b', 'h', 'i', 'q', 'f', 'd', 'bh', 'bi', 'bq', 'hi', 'ib', 'bd', 'hbi', 'bbbbi', 'qb', 'b3h', 'bb2i', '5sI'):
    print(fmt, struct.calcsize(fmt), struct.calcsize('@' + fmt))
print(struct.calcsize('l') == struct.calcsize('L'), struct.calcsize('@q'))
