# int() of strings with surrounding whitespace, signs and base prefixes
for s in ["  12  ", "-12", "+12", "\t7\n", " -0 ", "+0", "00", "0007", " 1 "]:
    print(repr(s), int(s))
for s, b in [("ff", 16), ("FF", 16), (" -ff ", 16), ("0xff", 16), ("0XfF", 16), ("777", 8), ("0o17", 8), ("0b101", 2), ("-0b11", 2), ("z", 36), ("Zz", 36), ("10", 2), ("10", 36)]:
    print(repr(s), b, int(s, b))
for s in ["0x10", "0X1f", "0o17", "0O7", "0b101", "0B11", "-0x10", " +0o10 ", "0", "12", "-99"]:
    print(repr(s), int(s, 0))
