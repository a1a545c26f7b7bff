# the % presentation type and its precision
for v in [0.0, 1.0, 0.5, 0.123, -0.25, 2.0 / 3, 12.5]:
    print(format(v, "%"), format(v, ".0%"), format(v, ".1%"), format(v, ".3%"), format(v, "10.2%"), "{:+.2%}".format(v))
