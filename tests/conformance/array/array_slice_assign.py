# Slice assignment with step 1 resizes the array; the right side is an array of the same type code.
import array

a = array.array('i', [1, 2, 3, 4, 5])
a[1:3] = array.array('i', [20, 30])
print(a)
a[1:3] = array.array('i', [7])
print(a)
a[1:2] = array.array('i', [8, 9, 10])
print(a)
a[:0] = array.array('i', [-1])
print(a)
a[len(a):] = array.array('i', [100])
print(a)
a[2:5] = array.array('i')
print(a)
a[:] = array.array('i', [0, 0])
print(a)
a[-1:] = array.array('i', [5, 6])
print(a)

b = array.array('h', [1, 2, 3])
b[1:] = b
print(b)

for rhs in ([1, 2], (1,), 5, array.array('h', [1])):
    try:
        a[0:1] = rhs
    except TypeError:
        print(type(rhs).__name__, 'TypeError')
print(a)
