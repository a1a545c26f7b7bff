# %-formatting and format() with fixed precision on values without ties
vals = [0.0, 1.0, -1.0, 3.14159265358979, -2.71828182845904, 123.456, 1234567.1234, 0.001234, 9.87654321e-5, 1e10]
for v in vals:
    print("%.0f %.1f %.2f %.3f %.6f %10.2f %-10.3f| %+.2f % .1f %010.2f" % (v, v, v, v, v, v, v, v, v, v))
for v in vals:
    print(format(v, ".2f"), format(v, "12.4f"), format(v, "<10.1f"), format(v, "^12.2f"), format(v, "+.3f"), format(v, "f"))
