# clear, copy and reverse on bytearray: copies are independent, clear empties in place
ba = bytearray(b"hello")
if not hasattr(ba, "copy"):
    print("SKIP")
    raise SystemExit
c = ba.copy()
c[0] = 72
print(ba, c, type(c).__name__)
ref = ba
ba.reverse()
print(ba, ref)
ba.clear()
print(ba, ref, len(ref))
e = bytearray()
e.reverse()
print(e, e.copy(), bytearray(b"x").copy())
