# abs() of complex numbers with exact magnitudes
for z in (3 + 4j, -3 - 4j, 5j, -5j, 0j, 6 + 8j, 1 + 0j, 0.6 + 0.8j, -8 + 15j):
    print(z, abs(z), type(abs(z)).__name__)
