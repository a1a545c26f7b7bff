# Imaginary literals in their various spellings
lits = [1j, 1J, 0j, 1.5j, .5j, 5.j, 1e2j, 1E-2j, 1_0j, 0.0j]
for z in lits:
    print(z, z.real, z.imag)
print(type(3j).__name__, 3j * 3j, -3j, 2 - 3j)
