# Binary files: bytes in and out, readinto, seek from the end, exclusive creation, errors as OSError
import os

name = '_tmp_file_binary.bin'
with open(name, 'wb') as f:
    print(f.write(b'\x00\x01\x02abc\xff'), f.write(bytearray(b'\n')))

with open(name, 'rb') as f:
    print(f.read())
    print(f.seek(0), f.read(3), f.tell())
    buf = bytearray(2)
    print(f.readinto(buf), buf)
    print(f.seek(-2, 2), f.read())
    print(f.read(), f.readline())

with open(name, 'rb') as f:
    print(f.readline(), f.readline())

with open(name, 'ab') as f:
    f.write(b'tail')
with open(name, 'rb') as f:
    print(f.read())

try:
    open(name, 'x')
except OSError as e:
    print('OSError', e.errno == 17)
os.remove(name)
with open(name, 'xb') as f:
    f.write(b'new')
with open(name, 'rb') as f:
    print(f.read())
os.remove(name)

try:
    open('_no_such_dir/_no_such_file')
except OSError as e:
    print('OSError', e.errno)

try:
    os.remove(name)
except OSError as e:
    print('OSError', e.errno)
