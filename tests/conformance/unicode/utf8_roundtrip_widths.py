# encode/decode round trips at each UTF-8 width boundary; the exact bytes of each width
for cp in (0x41, 0x7f, 0x80, 0xe9, 0x7ff, 0x800, 0x20ac, 0xd7ff, 0xe000, 0xffff, 0x10000, 0x1f600, 0x10ffff):
    s = chr(cp)
    b = s.encode()
    print(hex(cp), list(b), b.decode() == s, str(b, "utf-8") == s, bytes(s, "utf8") == b)
text = "A\xe9\u20ac\U0001f600z"
data = text.encode("utf-8")
print(data, len(data), data.decode("utf-8") == text, bytearray(text, "utf-8") == data)
print(data[1:3].decode(), data[3:6].decode(), data[6:10].decode() == "\U0001f600")
print("".join(chr(c) for c in range(0x3b1, 0x3ba)).encode())
print(bytes([0xe6, 0x97, 0xa5, 0xe6, 0x9c, 0xac]).decode(), "ascii only".encode("ascii"), b"plain".decode("ascii"))
big = "\u65e5\U0001f600x" * 100
print(len(big), len(big.encode()), big.encode().decode() == big)
