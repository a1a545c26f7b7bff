# Ordering and equality between bytes, and between bytes and bytearray
vals = [b"", b"\x00", b"a", b"ab", b"abc", b"b", b"\xff", b"A"]
for x in vals:
    print(x, [y for y in vals if x < y], [y for y in vals if x >= y])
print(sorted(vals), max(vals), min(vals))
print(b"ab" == bytearray(b"ab"), bytearray(b"ab") == b"ab", b"ab" < bytearray(b"b"), bytearray(b"a") <= b"a", b"ab" != bytearray(b"ab"))
for other in (1, None, [97], (97,)):
    try:
        b"a" < other
    except TypeError:
        print("TypeError", type(other).__name__)
    print(b"a" == other)
