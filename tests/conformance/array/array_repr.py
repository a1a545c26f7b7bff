# repr and str of arrays are the same: array('<code>', [items]), or array('<code>') when empty.
import array

for a in (array.array('i', [1]), array.array('b'), array.array('d', [1.0, -0.5]), array.array('Q', [0])):
    print(repr(a), str(a), repr(a) == str(a))
print([array.array('h', [1, 2])], (array.array('B'),))
print('%s|%r' % (array.array('i', [7]), array.array('i', [8])))
