# Extended slice assignment needs exactly as many elements as the slice selects.
import array

a = array.array('b', range(8))
a[::2] = array.array('b', [-1, -2, -3, -4])
print(a)
a[::-3] = array.array('b', [10, 20, 30])
print(a)
try:
    a[::2] = array.array('b', [1, 2])
except ValueError:
    print('ValueError')
print(a)
