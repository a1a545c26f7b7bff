# memoryview over an array indexes by element: it reads and writes values of the array's type.
import array

a = array.array('i', [10, -20, 30])
m = memoryview(a)
print(len(m), m.itemsize, m[0], m[-1], list(m))
m[1] = 99
print(a)
print(list(m[1:]), len(m[1:]), m[1:][0])
print(m.tobytes() == bytes(a), m.tolist())

for code, values in (('b', [-1, 2]), ('B', [255, 0]), ('h', [-300, 5]), ('H', [65535]), ('I', [4000000000]),
                     ('q', [-2 ** 40]), ('Q', [2 ** 63]), ('f', [0.5, -1.5]), ('d', [1e100])):
    mv = memoryview(array.array(code, values))
    print(code, mv.itemsize, list(mv), mv[0])

d = array.array('d', [0.0, 0.0])
md = memoryview(d)
md[0] = 2.5
md[1] = 3
print(d)

m2 = memoryview(array.array('h', [1, 2, 3, 4]))
m2[1:3] = array.array('h', [-5, -6])
print(list(m2))
try:
    m[3]
except IndexError:
    print('IndexError')
