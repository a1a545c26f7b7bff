# Augmented assignment on numbers, including promotion to big ints and floats.
x = 10
x += 5; print(x)
x -= 20; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 5; print(x)
x **= 70; print(x)
x >>= 60; print(x)
x <<= 2; print(x)
x &= 0xff; print(x)
x |= 0x100; print(x)
x ^= 0x101; print(x)
y = 7
y /= 2; print(y)
y += 1; print(y, type(y).__name__)
z = 2**62
z += 2**62
print(z)
