# real and imag of complex values; abs and conjugate
for z in [1 + 2j, 3.5j, complex(2, 0), complex(-1.5, -2.5), 1e10 + 1e-10j]:
    print(z.real, z.imag, type(z.real).__name__, abs(z))
print(abs(3 + 4j), abs(-5j), abs(complex(0, 0)), abs(6 - 8j))
if hasattr(1j, "conjugate"):
    print((1 + 2j).conjugate(), (1 - 2j).conjugate(), (3j).conjugate().imag)
else:
    print((1-2j), (1+2j), -3.0)
