# item and slice assignment, append/extend, del, with bounds errors
ba = bytearray(b"abcdef")
ba[0] = 65
ba[-1] = 70
print(ba)
for i, v in [(10, 1), (-7, 1), ("0", 1)]:
    try:
        ba[i] = v
    except Exception as e:
        print(i, v, type(e).__name__)
ba.append(103)
ba.extend(b"hi")
ba.extend([1, 2])
print(ba, len(ba))
for bad in ("x", None):
    try:
        ba.append(bad)
    except Exception as e:
        print(type(e).__name__)
ba[1:3] = b"XYZ"
print(ba)
ba[0:0] = b"<<"
print(ba)
ba[2:] = b""
print(ba)
del ba[0:1]
print(ba)
b2 = bytearray(b"0123456789")
del b2[2:5]
print(b2)
b2[-2:] = bytearray(b"..")
print(b2)
b2 += b"!"
print(b2, type(b2).__name__)
b2 *= 2
print(b2)
