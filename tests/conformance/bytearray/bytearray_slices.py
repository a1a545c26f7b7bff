# slice reads and copies are independent objects
ba = bytearray(range(10))
print(ba[2:5], ba[-3:], ba[:0], ba[5:2])
c = ba[:]
c[0] = 99
print(ba[0], c[0], type(c).__name__)
print(ba[-100:3], ba[8:100])
for i in (10, -11):
    try:
        ba[i]
    except IndexError:
        print("IndexError", i)
e = bytearray()
print(e[:], len(e), bool(e), bool(bytearray(1)))
ba[3:7] = b""
print(ba, len(ba))
ba[1:1] = bytearray(b"\x07\x07")
print(ba)
print(ba.find(b"\x07"), ba.count(7), 7 in ba, b"\x08\x09" in ba)
