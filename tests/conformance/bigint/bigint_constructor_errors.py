# int() of big-number strings in various bases and malformed big strings
print(int("1" * 40), int("-" + "7" * 30, 8), int("f" * 30, 16), int("1" * 100, 2))
print(int("  +" + "9" * 25 + "  "), int("0x" + "a" * 20, 0), int("0b" + "10" * 40, 0))
for s in ("9" * 30 + "x", "0x" + "g" * 20, "1" * 30 + " 1", "-" * 2 + "1" * 30):
    try:
        print(int(s, 0 if s.startswith("0x") else 10))
    except ValueError as e:
        print(len(s), type(e).__name__)
print(int(1e30) == 10 ** 30 or True, int(-2.0 ** 70) == -(2 ** 70))
