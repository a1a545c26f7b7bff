# Sizes in the standard layouts (< > !): no alignment, fixed sizes.
import struct

for prefix in '<>!':
    print(prefix, [struct.calcsize(prefix + c) for c in 'bBhHiIlLqQefd'])
    print(struct.calcsize(prefix + 'bi'), struct.calcsize(prefix + 'bq'), struct.calcsize(prefix + 'hbd'))
print(struct.calcsize('<'), struct.calcsize(''), struct.calcsize('>x'))
