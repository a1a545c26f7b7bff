# chr/ord round trips over the whole range and at its edges
print([ord(chr(i)) == i for i in (0, 1, 127, 128, 255, 256, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff)])
print(chr(97), chr(0x41), ord("z"), ord("\n"), len(chr(0x10ffff)), ord(b"A"))
for bad in [-1, 0x110000, 2**40]:
    try:
        chr(bad)
    except (ValueError, OverflowError):
        print(bad, "rejected")
for bad in ["", "ab", b"", 65]:
    try:
        ord(bad)
    except TypeError:
        print(repr(bad), "TypeError")
