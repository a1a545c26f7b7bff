# memoryview over bytes is read-only; bytearray views see later changes
src = bytearray(b"hello")
m = memoryview(src)
src[0] = 72
print(bytes(m), m[0])
ro = memoryview(b"const")
for i, v in [(0, 1), (-1, 2)]:
    try:
        ro[i] = v
    except TypeError:
        print("TypeError", i)
try:
    ro[0:2] = b"xy"
except TypeError:
    print("TypeError slice")
print(bytes(ro), len(ro), bytes(ro[1:4]))
print(bytes(memoryview(bytearray(0))), len(memoryview(b"")))
