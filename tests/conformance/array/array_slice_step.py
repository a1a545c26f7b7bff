# Slices with a step (CPython; MicroPython raises NotImplementedError, a code-size limitation).
import array

a = array.array('h', range(10))
print(a[::2], a[1::3], a[::-1], a[8:2:-2], a[::100], a[::-100], a[5:5:2])
try:
    a[::0]
except ValueError:
    print('ValueError')
