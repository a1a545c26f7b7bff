# Basic float arithmetic with exactly representable values.
print(0.5 + 0.25, 0.5 - 0.75, 1.5 * 4, 9.0 / 4)
print(2.0 ** 10, 2.0 ** -2, 4 ** 0.5)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1.0 + 2, 3 - 0.5, 2 * 1.25)
print(7 / 2, -7 / 2, 1 / 8)
print(10 / 5, type(10 / 5).__name__)
print(1e300 * 1e-300)
print(-0.0, 0.0 * -1, -0.0 == 0.0)
x = 1.0
for _ in range(10):
    x *= 2
print(x)
print(3.5 - 3.25, 100.0 / 8)
