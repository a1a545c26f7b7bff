# memoryview equality with bytes-like objects, and conversions back to bytes, lists and text
m = memoryview(b"hello")
print(m == b"hello", b"hello" == m, m == bytearray(b"hello"), m != b"world", m[1:3] == b"el", m == memoryview(b"hello"))
print(bytes(m), bytearray(m), list(m), tuple(m[:2]), bytes(m).decode(), str(bytes(m[1:]), "utf-8"))
print(m.tobytes() == bytes(m), len(m), sum(m), max(m), sorted(m[:3]))
print(b"he" + m[2:], bytearray(b"<") + m, m[0] == 104, memoryview(bytearray(b"q"))[0])
