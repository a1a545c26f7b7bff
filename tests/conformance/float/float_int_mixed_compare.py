# Exact comparisons between large ints and floats near precision limits
for n in (2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, 2 ** 60, 10 ** 16, -(2 ** 53) - 1):
    f = float(n)
    print(n, n == f, n < f, n > f, n <= f, f == n, int(f) - n)
print(0.5 < 1, 1.5 > 1, -0.5 < 0, 1e-300 > 0, -1e-300 < 0, 2 ** 1000 > 1e300)
