# float() from strings: signs, exponents, whitespace, underscores, errors
good = ["1", "-1", "+1.5", "  2.25  ", "1e3", "1E-2", ".5", "5.", "-.125",
        "1_000.5", "0.0", "-0.0", "1e+2", "inf", "-inf", "  -Infinity ", "00012.5"]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "1.2.3", "e5", "1e", "abc", "--1", "1 2",
       "0x10", "1e5.0", "."]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__)
for v in (None, [], (1.0,)):
    try:
        float(v)
    except TypeError as e:
        print(type(v).__name__, type(e).__name__)
print(float(), float(3), float(-7), float(True), float(2 ** 60))
class F:
    def __float__(self):
        return 2.5
print(float(F()))
