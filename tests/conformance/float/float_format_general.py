# g and G presentation: precision, trailing zeros, switch to exponent form
vals = [0.0, 1.0, 0.5, 100.0, 123456.0, 1234567.0, 0.0001, 0.00001, 3.14159265, 1e16, 123.456, -7.0]
for v in vals:
    print("%g %.1g %.2g %.3g %.10g %G %10.4g|" % (v, v, v, v, v, v, v), format(v, "g"), format(v, ".4G"), format(v, ""))
