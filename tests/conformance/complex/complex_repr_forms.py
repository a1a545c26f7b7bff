# repr/str of complex numbers: pure imaginary, negative parts, zeros
vals = [1j, -1j, 0j, 1 + 0j, -1 + 0j, 2.5 + 1j, -2.5 - 1.5j, 1 - 1j, 3j * 2,
        complex(0, -2), complex(-0.5, 0.25), 100 + 200j, 1e3j]
for v in vals:
    print(repr(v), str(v))
print([1j, 2 + 3j], (0.5j,), {"c": -1j})
print(type(1j).__name__, isinstance(1j, complex), type(1 + 1j).__name__)
print((1 + 2j).real, (1 + 2j).imag, (5j).real, type((5j).imag).__name__)
