# float(str(x)) returns x for a table of ordinary values
vals = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 3.14159, 2.718281828, 1e10, 1.5e-5, 123456.789,
        9.999, 0.001, 1e-10, 7e22, 65536.25, 1 / 7, 100.0 / 3]
for v in vals:
    print(float(str(v)) == v, float(repr(v)) == v, str(v))
