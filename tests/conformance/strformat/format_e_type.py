# The 'e' presentation type with precision, sign and width
vals = [0.0, 1.0, -1.0, 12345.0, 0.000125, 6.02e23, -1.5e-10]
for v in vals:
    print("{:e}|{:.0e}|{:.2e}|{:+.3E}|{:>14.2e}|{:<12.1e}|".format(v, v, v, v, v, v), "%.2e" % v)
