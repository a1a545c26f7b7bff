# CPython's other array methods and attributes (MicroPython has only append and extend).
import array

a = array.array('h', [3, 1, 4, 1, 5])
print(a.typecode, a.itemsize, a.tolist(), a.count(1), a.index(4))
a.insert(0, 9)
a.insert(-1, 8)
a.insert(100, 7)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(1)
print(a)
a.reverse()
print(a)
b = array.array('H', [0x0102])
b.byteswap()
print(hex(b[0]))
c = array.array('B')
c.frombytes(b'\x01\x02')
print(c, c.tobytes())
for f in (lambda: a.index(42), lambda: a.remove(42), lambda: array.array('i').pop()):
    try:
        f()
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
