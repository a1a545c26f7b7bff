# int() with explicit bases, prefixes, signs, whitespace and underscores
cases = [("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0),
         ("-101", 2), ("+z", 36), ("Z", 36), ("  42  ", 10), ("\t-7\n", 10),
         ("1_000", 10), ("0x_ff", 0), ("10", 3), ("777", 8), ("0", 0),
         ("00", 0), ("-0", 0), ("11", 2)]
for s, b in cases:
    print(repr(s), b, int(s, b))
bad = [("", 10), ("  ", 10), ("12a", 10), ("0x", 16), ("2", 2),
       ("0b2", 0), ("+", 10), ("- 1", 10),
       ("1.5", 10), ("9", 8)]
for s, b in bad:
    try:
        print(int(s, b))
    except ValueError as e:
        print(repr(s), b, type(e).__name__)
for b in (1, 37, -1):
    try:
        int("1", b)
    except ValueError as e:
        print("base", b, type(e).__name__)
