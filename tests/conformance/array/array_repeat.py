# Repetition with * and *= (CPython).
import array

a = array.array('h', [1, -2])
print(a * 3, 2 * a, a * 0, a * -1, a * 1)
print(array.array('d') * 5)
b = a
b *= 2
print(a, b is a)
try:
    a * 1.5
except TypeError:
    print('TypeError')
try:
    a * a
except TypeError:
    print('TypeError')
