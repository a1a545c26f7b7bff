# bytearray used as a growing buffer: append, extend, slice reads and decode
buf = bytearray()
for word in ("alpha", "beta", "", "\u00e9"):
    buf.extend(word.encode())
    buf.append(0x2c)
print(buf, len(buf))
print(buf.decode().split(","), bytes(buf[:5]), buf[-3:])
buf[0:5] = b"ALPHA"
print(buf.startswith(b"ALPHA"), buf.count(b","), buf.index(b"beta"))
chunks = [bytes(buf[i:i + 4]) for i in range(0, len(buf), 4)]
print(chunks, b"".join(chunks) == bytes(buf))
