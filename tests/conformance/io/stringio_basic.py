# io.StringIO: read, readline, write, seek/tell, getvalue, iteration, context manager
import io

s = io.StringIO()
print(s.write('hello'), s.write(' world\n'), s.tell())
print(repr(s.getvalue()))
print(repr(s.read()))
print(s.seek(0))
print(repr(s.read(5)), repr(s.read(1)), repr(s.readline()), repr(s.readline()))

s = io.StringIO('one\ntwo\nthree')
print(s.tell())
print([line for line in s])
s.seek(0)
print(repr(s.readline()), repr(s.read()))
s.seek(4)
s.write('TWO')
print(repr(s.getvalue()))
s.seek(0, 2)
s.write('!')
print(repr(s.getvalue()), s.tell())

with io.StringIO('abc') as s2:
    print(s2.read(), s2.closed)
print(s2.closed)
try:
    s2.read()
except ValueError:
    print('ValueError')
try:
    s2.write('x')
except ValueError:
    print('ValueError')

s = io.StringIO('')
print(repr(s.read()), repr(s.readline()), list(s))
s = io.StringIO()
print(repr(s.getvalue()))
s = io.StringIO('x\n\ny\n')
print(list(s))
