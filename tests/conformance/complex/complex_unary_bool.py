# Unary operators and truth value of complex numbers
for z in (0j, 1j, -1j, 1 + 1j, complex(0, 0), complex(-2, 0)):
    print(z, -z, +z, bool(z), not z, z == -(-z))
try:
    ~1j
except TypeError as e:
    print(type(e).__name__)
