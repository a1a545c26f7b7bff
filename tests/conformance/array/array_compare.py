# Equality and ordering between arrays of the same type code.
import array

a = array.array('i', [1, 2, 3])
print(a == array.array('i', [1, 2, 3]), a != array.array('i', [1, 2, 3]))
print(a == array.array('i', [1, 2]), a == array.array('i', [1, 2, 4]))
print(array.array('i') == array.array('i'), array.array('i') != array.array('i', [0]))
print(a < array.array('i', [1, 2, 4]), a < array.array('i', [1, 2]), a <= a, a >= a, a > array.array('i', [1]))
print(array.array('B', [255]) > array.array('B', [1]), array.array('b', [-1]) < array.array('b', [1]))
print(array.array('d', [0.0]) == array.array('d', [-0.0]))
print(array.array('d', [float('nan')]) == array.array('d', [float('nan')]))
print(array.array('f', [0.5, 1.0]) == array.array('f', [0.5, 1.0]))

# An array is never equal to another kind of sequence.
print(a == [1, 2, 3], a == (1, 2, 3), a != [1, 2, 3], a == None)
try:
    a < [1]
except TypeError:
    print('TypeError')
