# slice assignment through a memoryview needs an equal length
ba = bytearray(8)
m = memoryview(ba)
m[0:3] = b"abc"
m[5:8] = bytearray(b"xyz")
print(ba)
m[3:5] = memoryview(b"12")
print(ba)
try:
    m[0:2] = b"toolong"
except ValueError:
    print("ValueError length")
sub = m[4:]
sub[1:3] = b"QR"
print(ba, len(sub))
print(bytes(m[-3:]), bytes(m[:-6]), bytes(m[10:]))
