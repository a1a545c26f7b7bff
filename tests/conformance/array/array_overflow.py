# mp-differs: MicroPython stores ints truncated to the element's width (array('b', [257]) holds 1);
# CPython raises OverflowError (facts: cpython-differences.md, modules table).
import array

print(array.array('b', [127, 128, 255, 256, 257, -129]))
print(array.array('B', [-1, 256, 511, -256]))
print(array.array('h', [32768, -32769, 65536]))
print(array.array('H', [-1, 65536, 70000]))
print(array.array('i', [2 ** 31, -2 ** 31 - 1]))
print(array.array('I', [-1, 2 ** 32]))
print(array.array('q', [2 ** 63, 2 ** 64 + 3]))
print(array.array('Q', [-1, 2 ** 64, 2 ** 100 + 7]))
a = array.array('B', [0])
a[0] = 300
a.append(-2)
print(a)
