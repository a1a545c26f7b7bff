# += and *= change a bytearray in place: every name bound to it sees the change
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
print(ba, alias, ba is alias)
ba += bytearray(b"ef")
ba += memoryview(b"gh")
print(alias, len(alias))
ba *= 2
print(alias, ba is alias)
ba *= 0
print(alias, len(alias), ba is alias)
buf = bytearray()
ref = buf
for i in range(5):
    buf += bytes([97 + i])
print(ref, ref is buf)
try:
    buf += 1
except TypeError:
    print("TypeError")
print(ref)
