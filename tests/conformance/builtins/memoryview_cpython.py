# memoryview: itemsize, format, nbytes, readonly, contiguous slices, tolist, tobytes, cast, assignment.
mv = memoryview(b'abcdef')
print(len(mv), mv.itemsize, mv.readonly, mv.nbytes, mv.tolist())
print(mv[1], mv[-1], mv[1:4].tobytes(), bytes(mv[:2]), mv[2:].tolist(), len(mv[4:1]))
ba = bytearray(b'hello')
m = memoryview(ba)
m[0] = 72
m[1:3] = b'EL'
print(ba, m.readonly, m == b'HELlo', m[1:3] == b'EL')
ba[4] = ord('O')
print(m.tobytes(), list(m[3:]))
try:
    m[0:2] = b'abc'
except ValueError:
    print('ValueError')
try:
    memoryview(b'ab')[0] = 1
except TypeError:
    print('TypeError')
try:
    mv[10]
except IndexError:
    print('IndexError')
try:
    mv.format
except AttributeError:
    print('SKIP')
    raise SystemExit
print(mv.format, mv.ndim, mv.shape, mv.strides)
c = memoryview(bytearray(b'\x01\x00\x02\x00\x03\x00\x04\x00')).cast('H')
print(c.format, c.itemsize, len(c), c.nbytes, c.tolist(), c[1])
c[0] = 0x1234
print(c.tolist(), c.cast('B').tolist())
print(memoryview(bytearray(8)).cast('I').tolist(), memoryview(b'\x00\x00\x80\x3f').cast('f').tolist())
try:
    memoryview(b'abc').cast('H')
except TypeError:
    print('TypeError')
try:
    memoryview(b'ab').cast('zz')
except ValueError:
    print('ValueError')
