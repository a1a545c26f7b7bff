# Every MicroPython type code: construction from a list, repr, len, itemsize and element types.
import array

for code in 'bBhHiIqQfd':
    a = array.array(code, [1, 2, 3])
    print(code, a, len(a), a.itemsize, a.typecode, type(a[0]).__name__)

# 'l' and 'L' are a C long: only their values are the same everywhere.
for code in 'lL':
    a = array.array(code, [0, 7, 100000])
    print(code, list(a), len(a), a.typecode)
