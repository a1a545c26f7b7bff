# Arrays of different type codes compare element by element (CPython; MicroPython raises
# NotImplementedError there, a code-size limitation).
import array

print(array.array('i', [1, 2]) == array.array('h', [1, 2]))
print(array.array('b', [-1]) == array.array('B', [255]))
print(array.array('i', [1, 2]) == array.array('d', [1.0, 2.0]))
print(array.array('f', [0.5]) == array.array('d', [0.5]))
print(array.array('q', [5]) < array.array('h', [6]))
print(array.array('B', [1, 2]) != array.array('Q', [1, 2]))
