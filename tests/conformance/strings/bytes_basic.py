# Basic bytes operations.
b = b'hello world'
print(b[0], b[-1], b[0:5], b[6:])
print(len(b), b'wor' in b, 104 in b, 120 in b)
print(b.upper() if False else b.find(b'o'), b.count(b'o'))
print(b.split(), b.replace(b'l', b'L'))
print(b'-'.join([b'a', b'b']))
print(bytes(3), bytes([1, 2, 255]), bytes(range(3)))
print(list(b'abc'), b'abc' + b'def', b'ab' * 2)
print(b'abc' == b'abc', b'abc' < b'abd')
print(b.decode(), b.startswith(b'hell'), b.strip(b'hd'))
ba = bytearray(b'abc')
ba[0] = 65
ba.append(100)
print(ba, len(ba), bytes(ba))
