# Truth and length.
import array

for a in (array.array('i'), array.array('i', [0]), array.array('d', [0.0, 0.0]), array.array('B', b'xyz')):
    print(len(a), bool(a), 'yes' if a else 'no')
a = array.array('q')
a.append(0)
print(len(a), bool(a))
