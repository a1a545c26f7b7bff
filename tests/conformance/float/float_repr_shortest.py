# repr gives the shortest string that reads back to the same float
vals = [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1.1, 2.675, 1e16, 1.5e16, 1e22, 1e23, 123456789.123, 0.000123, 1e-5, 1.5e-7, 9007199254740993.0, 2.5e-300, 1.5e300]
for v in vals:
    r = repr(v)
    print(r, float(r) == v, str(v) == r)
