# %c with ints and one-character strings, including non-ASCII code points
for v in (65, 97, 48, 233, 8364, 119070, "x", "€"):
    print(repr(v), "[%c]" % v, "[%3c]" % v, "[%-3c]" % v)
for bad in ("ab", "", 1.5):
    try:
        print("%c" % bad)
    except TypeError as e:
        print(repr(bad), type(e).__name__)
