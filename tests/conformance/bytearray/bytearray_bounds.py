# slice deletion and slice edges on bytearray, including the empty one
ba = bytearray(b"abcdef")
del ba[-1:]
del ba[0:0]
del ba[10:20]
print(ba)
ba[100:] = b"!"
print(ba)
ba[:-100] = b"^"
print(ba)
e = bytearray()
e[0:0] = b""
e.extend(b"")
print(e, len(e))
try:
    e[0]
except IndexError:
    print("IndexError empty")
