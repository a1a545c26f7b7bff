# Encoding to UTF-8 bytes and decoding back.
s = 'héllo €'
b = s.encode()
print(b, len(b), len(s))
print(b.decode() == s)
print('abc'.encode('utf-8'), b'abc'.decode('utf-8'))
print(str(b'xyz', 'utf-8'))
print(bytes('hi', 'utf-8'))
print('€'.encode(), b'\xe2\x82\xac'.decode())
try:
    b'\xff'.decode()
except UnicodeError:
    print('UnicodeError')
