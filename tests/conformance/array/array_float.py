# Float arrays: 'f' stores single precision, 'd' double precision; special values survive.
import array

f = array.array('f', [0.1, 1.5, -2.25, 1e10, 3.4e38])
print(f)
print([x == y for x, y in zip(f, [0.1, 1.5, -2.25, 1e10, 3.4e38])])
d = array.array('d', [0.1, 1e300, -1e-300, 1 / 3])
print(d)
s = array.array('d', [float('inf'), float('-inf'), -0.0])
print(s)
n = array.array('f', [float('nan')])
print(n[0] != n[0])
print(array.array('f', [1e39])[0])
print(array.array('d', [2 ** 60])[0], array.array('f', [3])[0])
