# `in` tests elements by equality (CPython; MicroPython raises NotImplementedError, a code-size limitation).
import array

a = array.array('i', [1, -2, 3])
print(1 in a, -2 in a, 4 in a, 1.0 in a, 'a' in a, None in a, 3 not in a)
d = array.array('d', [0.5, 2.0])
print(0.5 in d, 2 in d, 1 in d)
print(0 in array.array('B'))
