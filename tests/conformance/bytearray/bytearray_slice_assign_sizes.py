# Slice assignment that grows, shrinks or keeps the length, from bytes, bytearray and memoryview
def show(label, ba):
    print(label, ba, len(ba))
ba = bytearray(b"0123456789")
ba[2:4] = b"AB"
show("same", ba)
ba[2:4] = b"ABCDE"
show("grow", ba)
ba[2:7] = b"x"
show("shrink", ba)
ba[0:0] = bytearray(b"<<")
show("insert front", ba)
ba[len(ba):] = memoryview(b">>")
show("append end", ba)
ba[:] = b"reset"
show("whole", ba)
ba[1:-1] = b""
show("empty middle", ba)
ba[100:200] = b"far"
show("past end", ba)
ba[-100:1] = b"S"
show("before start", ba)
ba[3:1] = b"mid"
show("reversed bounds", ba)
src = bytearray(b"abcdef")
src[1:3] = src
show("self", src)
