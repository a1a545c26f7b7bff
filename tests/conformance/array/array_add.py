# + makes a new array, += extends in place; both need an array of the same type code.
import array

a = array.array('i', [1, 2])
b = array.array('i', [3])
c = a + b
print(a, b, c, c is a)
print(a + array.array('i'), array.array('i') + a)
a2 = a
a += b
print(a, a2, a is a2)
a += a
print(a)

for rhs in (array.array('h', [1]), [1], (1,), 1):
    try:
        a + rhs
    except TypeError:
        print(type(rhs).__name__, 'TypeError')

try:
    [1] + a
except TypeError:
    print('list + array TypeError')

print(array.array('d', [0.5]) + array.array('d', [1.5]))
