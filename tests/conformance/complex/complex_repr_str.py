# repr/str of complex numbers with integral, fractional, huge and tiny parts
for z in [1j, 2 + 3j, 1.5 + 0.25j, complex(1, -1), complex(1e20, 2), complex(1e-5, 1e16), 1e100j, complex(123456789, 987654321), complex(0.1, 0.2)]:
    print(repr(z), str(z), "{}".format(z), [z])
