# Deleting elements and slices (CPython; MicroPython: TypeError, a code-size limitation).
import array

a = array.array('i', range(10))
del a[0]
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[:]
print(a, len(a))
try:
    del a[0]
except IndexError:
    print('IndexError')
