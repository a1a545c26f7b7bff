# chr/ord at the edges of every UTF-8 width and of the code space, and their errors
for cp in (0, 1, 0x7f, 0x80, 0x7ff, 0x800, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10fffe, 0x10ffff):
    c = chr(cp)
    print(hex(cp), len(c), ord(c) == cp, len(c.encode()))
for bad in (0x110000, -1, 2**31, -2**31):
    try:
        chr(bad)
    except (ValueError, OverflowError):
        print("error", hex(bad))
for bad in (1.5, "a", None):
    try:
        chr(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
for bad in ("", "ab", "\xe9\xe9", "\U0001f600a"):
    try:
        ord(bad)
    except TypeError:
        print("TypeError", len(bad))
try:
    ord(65)
except TypeError:
    print("TypeError int")
print(ord(b"a"), ord(b"\xff"), ord("\U0001f600"), chr(ord("\u20ac")) == "\u20ac")
