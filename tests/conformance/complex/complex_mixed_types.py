# Complex numbers combined with ints, floats and bools
z = 2 + 3j
for other in (0, 1, -2, 0.5, True, False, 4.0):
    print(repr(other), z + other, other + z, z - other, other - z, z * other, other * z)
print(z / 2, 6 / (3j), z ** 0, z ** 1, z ** 2, 1j ** 2, 1j ** 3)
print(z == complex(2, 3), z == 2, complex(2, 0) == 2.0, complex(1, 0) == True)
w = 1j
w += 1
w *= 2
w -= 2j
print(w, w.real, w.imag)
print(sum([1j, 2, 3.5, 1 - 1j]))
