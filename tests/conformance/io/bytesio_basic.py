# io.BytesIO: read, readinto, readline, write (bytes and buffers), seek/tell, getvalue, iteration
import io

b = io.BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'def')), b.write(memoryview(b'\nxyz')), b.tell())
print(b.getvalue())
b.seek(0)
print(b.read(2), b.read(0), b.readline(), b.read())
print(b.read(), b.readline())

b = io.BytesIO(b'line1\nline2\nline3')
print(list(b))
b.seek(2)
buf = bytearray(4)
print(b.readinto(buf), buf)
print(b.tell(), b.seek(-3, 2), b.read())
print(b.seek(1, 0), b.seek(2, 1), b.read(3))

b = io.BytesIO(b'0123456789')
b.seek(3)
b.write(b'ab')
print(b.getvalue(), b.tell())
b.seek(12)
b.write(b'Z')
print(b.getvalue())

with io.BytesIO(b'data') as b2:
    print(b2.read(2), b2.closed)
print(b2.closed)
try:
    b2.getvalue()
except ValueError:
    print('ValueError')

buf = bytearray(10)
b = io.BytesIO(b'short')
print(b.readinto(buf), buf)
print(io.BytesIO().getvalue(), io.BytesIO(b'').read())
