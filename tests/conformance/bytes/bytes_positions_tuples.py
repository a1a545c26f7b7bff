# startswith/endswith with tuples and ranges, count/find with start and end, on bytes and bytearray
b = b"hello world"
print(b.startswith((b"x", b"he")), b.endswith((b"ld", b"y")), b.startswith(b"wor", 6), b.startswith(b"wor", 6, 8), b.endswith(b"lo", 0, 5), b.endswith(b"", 11))
print(b.find(b"o", 5), b.find(b"o", 5, 7), b.rfind(b"o", 0, 5), b.count(b"o", 5), b.count(b"l", -3), b.index(b"w", -5), b.rindex(b"l", 0, 4))
ba = bytearray(b)
print(ba.startswith((b"h", b"x")), ba.find(b"world", -5), ba.count(b"l", 2, 4), ba.endswith(bytearray(b"world")))
for bad in (1, [b"he"], None):
    try:
        b.startswith(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
