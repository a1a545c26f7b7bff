# Slices with step 1 give new arrays of the same type code; bounds clamp.
import array

a = array.array('i', [1, 2, 3, 4, 5])
print(a[1:3], a[:2], a[3:], a[:], a[-2:], a[:-3], a[-100:100], a[4:1], a[5:])
b = a[:]
b[0] = 99
print(a, b, a[:] is a)
print(array.array('d', [0.5, 1.5, 2.5])[1:])
print(array.array('B', b'hello')[1:4])
