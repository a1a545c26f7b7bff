# float() from strings, ints and special values, and bad input
for s in ["0", "1.5", "-2.25", "  3  ", "1e3", "1E-2", "+0.5", ".5", "5.", "inf", "-inf", "Infinity", "nan"]:
    print(repr(s), float(s))
print(float(7), float(-2**53), float(True), float(), float(2**70) == 2.0**70)
for bad in ["", "abc", "1.2.3", "1e", "--1"]:
    try:
        float(bad)
    except ValueError:
        print("ValueError", repr(bad))
for bad in (None, [1]):
    try:
        float(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
print(float("nan") != float("nan"), float("inf") > 10**300)
