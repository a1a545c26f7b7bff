# The '%' presentation type in str.format
for v in (0, 0.5, 0.125, 1, -0.25, 2.5):
    print(v, "{:%}".format(v), "{:.0%}".format(v), "{:.1%}".format(v), "{:>8.2%}".format(v))
