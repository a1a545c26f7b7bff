# construction forms and equality with bytes
for args in [(), (0,), (4,), (b"xy",), ([1, 2, 3],), ("ab", "utf-8"), (range(3),), (bytearray(b"q"),)]:
    ba = bytearray(*args)
    print(ba, len(ba), ba == bytes(ba))
for bad in [("ab",), (2.0,), (None,)]:
    try:
        bytearray(*bad)
    except Exception as e:
        print(type(e).__name__)
a = bytearray(b"abc")
b = bytearray(a)
b[0] = 120
print(a, b, a is b)
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < b"abd", bytearray() == b"")
print(bytes(bytearray(b"z")), type(bytes(bytearray(b"z"))).__name__)
print(list(bytearray(b"\x00\xff")), bytearray(3) == b"\x00\x00\x00")
