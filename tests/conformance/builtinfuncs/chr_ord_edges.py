# chr/ord at code point boundaries, unicode and bad input
for cp in (0, 65, 127, 128, 255, 256, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff):
    c = chr(cp)
    print(cp, ord(c) == cp, len(c), len(c.encode()))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError:
        print("ValueError", bad)
for bad in ("", "ab", 1):
    try:
        ord(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, repr(bad))
print(ord(b"A"), ord("\u20ac"), ord("\U0001f600"))
try:
    chr("a")
except TypeError:
    print("TypeError chr")
