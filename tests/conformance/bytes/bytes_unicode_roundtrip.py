# utf-8 encoding of multi-byte text and slicing the encoded bytes
texts = ["", "ascii", "caf\u00e9", "\u65e5\u672c\u8a9e", "\U0001f40d py", "\u00ff\u0100"]
for t in texts:
    b = t.encode("utf-8")
    print(len(t), len(b), b, b.decode("utf-8") == t)
b = "\u20ac100".encode()
print(b[:3], b[3:], b[:3].decode(), b.find(b"1"), b.count(b"0"))
print(bytes("x", "ascii") + "\u00e9".encode(), len(b"\xc3\xa9".decode()))
