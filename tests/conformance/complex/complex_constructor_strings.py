# complex() of strings: forms with and without real part, parentheses, whitespace
for s in ["1+2j", "1-2j", "2j", "-2j", "+2j", "3", "-3.5", " 1+2j ", "1e3j", "1e3+1e-3j", "1.5+0.5j", "0j", "2J", "-1.5-2.5j"]:
    print(repr(s), complex(s))
for s in ["", "j1", "x", "abc"]:
    try:
        complex(s)
        print(repr(s), "accepted")
    except ValueError:
        print(repr(s), "ValueError")
