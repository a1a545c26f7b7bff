# The 'g' presentation type switching between fixed and exponent notation
vals = [0.0, 1.0, 123.0, 1234567.0, 0.0001, 0.00001, 1e16, 12345.678, -0.5]
for v in vals:
    print(v, "{:g}".format(v), "{:.2g}".format(v), "{:.6g}".format(v), "{:G}".format(v), "%g" % v, "%.3g" % v)
