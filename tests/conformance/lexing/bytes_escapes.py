# Escapes inside bytes literals.
b = b'\x00\x7f\xff'
print(b, len(b), list(b))
print(b'\n\t\\', len(b'\n\t\\'))
print(b'\101\102', b'\x41')
print(b"it's", b'say "hi"')
print(b'\'', b"\"")
print(list(b'\0\1\2'))
print(b'abc'[0], b'abc'[-1])
print(b'\r\n' == bytes([13, 10]))
