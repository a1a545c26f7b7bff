# e and E presentation with precisions and widths
vals = [0.0, 1.0, -1.5, 12345.6789, 6.02214076e23, 1.602176634e-19, -9.1093837015e-31, 1e100, 1e-100]
for v in vals:
    print("%e %.0e %.2e %.4E %15.3e %-12.1e|" % (v, v, v, v, v, v), format(v, "e"), format(v, ".3E"), format(v, "+.1e"))
