# complex arithmetic with ints, floats, bools and big ints on either side
z = complex(3, 4)
for other in [2, 2.5, True, 2**40, complex(1, -1)]:
    print(z + other, other + z, z - other, other - z, z * other, other * z, z / other, other / z)
print(z ** 0, 2 ** complex(0, 0), -z, +z, z * z, z * z * z)
