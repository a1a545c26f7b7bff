# Slices of slices of a memoryview: indices, lengths and contents stay relative to each view
m = memoryview(b"0123456789")
a = m[2:9]
b = a[1:-1]
c = b[::1][2:]
print(len(a), len(b), len(c), bytes(a), bytes(b), bytes(c), c[0], c[-1], b[-2])
print(bytes(m[-3:]), bytes(m[:-7]), bytes(m[5:2]), bytes(m[100:]), bytes(m[-100:2]), len(m[3:3]))
print(list(c), a.tobytes(), bytes(a[0:0]), bytes(m[:]) == b"0123456789")
for bad in (7, -8):
    try:
        a[bad]
    except IndexError:
        print("IndexError", bad)
