# Empty arrays of every type code: repr, len, truth, iteration, slicing.
import array

for code in 'bBhHiIlLqQfd':
    a = array.array(code)
    print(a, len(a), bool(a), list(a), a[:], a[0:0] == a)

print(array.array('i', []), array.array('d', ()), array.array('B', b''))
