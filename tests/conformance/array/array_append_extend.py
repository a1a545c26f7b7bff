# append and extend with lists, tuples, generators and arrays of the same type code.
import array

a = array.array('H')
for i in range(5):
    a.append(i * 1000)
print(a, len(a))
a.extend([1, 2])
a.extend((3,))
a.extend(x for x in range(2))
a.extend(array.array('H', [9, 8]))
a.extend([])
print(a, len(a))
a.extend(a)
print(len(a), a[-1])

d = array.array('d', [1.0])
d.append(2)
d.extend([0.5, 3])
print(d)

for bad in ([1.5], ['x'], 5, array.array('i', [1])):
    try:
        a.extend(bad)
    except TypeError:
        print(type(bad).__name__, 'TypeError')

try:
    a.append('x')
except TypeError:
    print('append TypeError')
try:
    a.append()
except TypeError:
    print('append no arg TypeError')

big = array.array('i')
for i in range(1000):
    big.append(i)
print(len(big), sum(big), big[500])
