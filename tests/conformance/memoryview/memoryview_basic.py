# memoryview over bytes and bytearray: len, index, slice, write-through
ba = bytearray(b"abcdef")
m = memoryview(ba)
print(len(m), m[0], m[-1], bytes(m[1:3]), bytes(m))
m[0] = 90
print(ba)
s = m[2:5]
s[0] = 33
print(ba, len(s), bytes(s))
ro = memoryview(b"xyz")
print(ro[1], bytes(ro[::1]), bytes(ro[1:]))
try:
    ro[0] = 65
except TypeError:
    print("TypeError readonly")
for i in (6, -7):
    try:
        m[i]
    except IndexError:
        print("IndexError", i)
for bad in (1, None, [1]):
    try:
        memoryview(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
print(list(memoryview(b"\x01\x02")), bytes(memoryview(b"")) == b"")
