# Any iterable of numbers initialises an array element by element.
import array

print(array.array('i', (1, -2, 3)))
print(array.array('h', range(-3, 4)))
print(array.array('B', (x * x for x in range(6))))
print(array.array('d', [1, 2.5, -0.25]))
print(array.array('f', (0.5, 1)))
print(array.array('q', iter([10, 20])))
print(array.array('b', [True, False]))

# Another array is iterated too, whatever its type code.
src = array.array('b', [1, -2, 3])
print(array.array('h', src), array.array('d', src), array.array('b', src) == src)
print(array.array('i', array.array('d', [])))

# The new array is a copy.
copy = array.array('b', src)
copy[0] = 100
print(src, copy)
