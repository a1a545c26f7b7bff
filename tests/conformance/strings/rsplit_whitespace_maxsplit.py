# str.rsplit / bytes.rsplit on whitespace with a maxsplit (MicroPython: NotImplementedError, a limitation)
try:
    'a b'.rsplit(None, 1)
except NotImplementedError:
    print('SKIP')
    raise SystemExit
for s in ('a b c', '  a  b  c  ', 'abc', '', '   ', 'a\tb\nc', ' x '):
    for n in (-1, 0, 1, 2, 5):
        print(repr(s), n, s.rsplit(None, n), s.rsplit(maxsplit=n), s.split(None, n))
print(b' a b\tc '.rsplit(None, 1), b'a  b'.rsplit(None, 0), bytearray(b'x y z').rsplit(None, 1))
