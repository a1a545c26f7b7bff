# Writes through a memoryview of a bytearray change the bytearray, and writes to the bytearray show in the view
ba = bytearray(b"abcdef")
m = memoryview(ba)
m[0] = 65
m[-1] = 70
print(ba)
m[1:3] = b"BC"
print(ba)
sub = m[2:5]
sub[0] = 120
sub[1:3] = bytearray(b"yz")
print(ba, bytes(sub))
ba[2] = 0x51
print(bytes(m), sub[0])
for bad in (b"toolong", b""):
    try:
        m[0:2] = bad
    except ValueError:
        print("ValueError", len(bad))
for bad in (b"x", "x", None):
    try:
        m[0] = bad
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    memoryview(b"ro")[0] = 1
except TypeError:
    print("TypeError read-only")
print(ba)
