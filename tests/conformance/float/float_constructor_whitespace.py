# float() of strings with whitespace, signs, inf and nan spellings
for s in ["1.5", "  -2.25  ", "+3", "\t1e3\n", ".5", "5.", "-.5e-2", "1E5", "1e+05", "  inf", "-inf ", "+INF", "Infinity", "-infinity", "nan", "NaN", "-nan"]:
    print(repr(s), float(s))
for s in ["", " ", "1.5.5", "e5", "1e", "--1", "inf5", "1 5", "0x10", "1,5", "nanx", "."]:
    try:
        float(s)
        print(repr(s), "accepted")
    except ValueError:
        print(repr(s), "ValueError")
