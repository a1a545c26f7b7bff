# strings int() rejects, and arguments of the wrong kind
for s in ["", " ", "-", "+", "1.5", "1e3", "12a", "a12", "0x", "0b2", "0o8", "--1", "+-1", "1 2", "0x1g"]:
    try:
        int(s)
        print(repr(s), "accepted")
    except ValueError:
        print(repr(s), "ValueError")
for s, b in [("12", 2), ("9", 8), ("g", 16), ("0x10", 10), ("0b1", 16), ("z", 35)]:
    try:
        int(s, b)
        print(repr(s), b, "accepted")
    except ValueError:
        print(repr(s), b, "ValueError")
for b in [1, 37, -1]:
    try:
        int("1", b)
    except ValueError:
        print("base", b, "ValueError")
for args in [(None,), ([],), ((1,),), (1, 10), (1.5, 10)]:
    try:
        int(*args)
    except TypeError:
        print(args, "TypeError")
