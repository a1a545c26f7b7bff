# iterating and comparing memoryview contents, slices of slices
m = memoryview(b"0123456789")
print([x - 48 for x in m], len(m[2:][3:]), bytes(m[2:][3:5]))
print(bytes(m[-4:-1]), bytes(m[5:5]), len(m[9:2]))
ba = bytearray(b"abc")
v = memoryview(ba)
for i in range(len(v)):
    v[i] = v[i] - 32
print(ba, bytes(v) == b"ABC", sum(v))
print(b"".join([bytes(m[0:2]), bytes(m[8:])]))
