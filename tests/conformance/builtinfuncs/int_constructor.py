# int() from strings with bases, whitespace, signs and underscores
for args in [("0",), ("-12",), ("  42  ",), ("+7",), ("ff", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0),
             ("z", 36), ("1_000",), ("777", 8), ("-101", 2), (3.99,), (-3.99,), (True,), ("10", 0)]:
    print(args, int(*args))
for args in [("",), ("1.5",), ("abc",), ("12", 2), ("0x", 16), ("9", 8), ("  ",)]:
    try:
        int(*args)
    except ValueError:
        print("ValueError", args)
for args in [(None,), ([1],), ("1", "2")]:
    try:
        int(*args)
    except TypeError:
        print("TypeError", args)
print(int("9" * 30) + 1, int("-" + "1" * 25, 2))
