# Arithmetic straddling the 31/32/63/64-bit boundaries
for n in (30, 31, 32, 62, 63, 64):
    m = 2 ** n
    print(n, m - 1 + 1 == m, (m - 1) * 2 + 2 == 2 * m, -m - 1, m * -1 == -m,
          (m + 1) // 2, (m - 1) % 7, -(m) // 3, (-m) % 3, m * m // m == m)
x = 2 ** 63 - 1
print(x + 1, x * x, -x - 2, x // -1, abs(-x - 1))
y = -(2 ** 63)
print(y - 1, y // -1, y % 10, -y, y * y)
