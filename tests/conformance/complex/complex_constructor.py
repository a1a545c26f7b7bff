# complex() from numbers and strings, real/imag attributes and conjugate
for args in ((), (1,), (1, 2), (1.5, -2.5), (0, 0), (True, False), (-3,)):
    c = complex(*args)
    print(args, c, c.real, c.imag, complex(c.real, -c.imag))
for s in ("1+2j", "3j", "-1.5-2j", " 4 ", "j", "-j", "1e1+1e-1j", "(1+1j)"):
    print(repr(s), complex(s))
for s in ("", "1+", "abc", "1+2k", "j1"):
    try:
        complex(s)
    except ValueError as e:
        print(repr(s), type(e).__name__)
for v in (None, [1]):
    try:
        complex(v)
    except TypeError as e:
        print(type(v).__name__, type(e).__name__)
print(complex(2, 3) == 2 + 3j, abs(3 + 4j), abs(-5j), abs(0j))
