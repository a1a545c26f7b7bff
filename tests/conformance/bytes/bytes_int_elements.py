# bytes behave as sequences of ints: iteration, membership, comparisons
b = bytes([0, 1, 127, 128, 255])
print([x for x in b], b[3], b[-1] + 1, type(b[0]).__name__)
print(255 in b, 0 in b, 2 in b, 128 in b)
print(b"\x01" < b"\x02", b"\xff" > b"\x00\x00", b"a" < b"aa", b"" == bytes())
print(list(zip(b"ab", b"xyz")), dict(enumerate(b"hi")))
print(bytes(reversed(b"abc")), bytes(sorted(b"cab")), bytes(x ^ 32 for x in b"Hello"))
