# Imaginary literals and simple complex arithmetic.
a = 2j
print(a, type(a).__name__)
print(1 + 2j)
print((1 + 2j) + (3 + 4j))
print((1 + 2j) * (3 + 4j))
print(1.5j, 0.5 + 0.5j)
z = 3 + 4j
print(z.real, z.imag)
print(abs(z))
print(1j * 1j == -1)
print((2 + 3j) == (2 + 3j), (2 + 3j) != (2 + 4j))
print(1e1j)
