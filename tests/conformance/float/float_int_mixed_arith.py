# mixed int/float arithmetic converts the int; comparisons stay exact
print(1 + 0.5, 0.5 + 1, 3 - 1.5, 1.5 - 3, 2 * 0.25, 0.25 * 2, 7 / 2.0, 7.0 / 2, 7 // 2.0, 7.0 % 2, 2 ** 0.5, 0.5 ** 2)
print(2**53 + 1 + 0.0, 10**20 * 1.0, 10**20 / 1e10, -(2**63) * 0.5)
print(1 == 1.0, 1 < 1.5, 2**53 + 1 > 2.0**53, 3 != 3.0000000001, -1 < -0.5)
x = 5
x += 0.5
x *= 2
print(x, type(x).__name__)
