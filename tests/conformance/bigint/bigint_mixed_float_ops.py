# Big ints combined with floats in arithmetic
b = 2 ** 70
print(b + 0.5 == float(b), b * 0.5 == 2 ** 69, b / 2 == 2.0 ** 69, b // 2.0, b % 3.0)
print(b - 1.0, -b + 1.5, b * 1e-20 > 11, b ** 0.5, (10 ** 20) ** 0.5)
print(b < 1e30, b > 1e20, -b < -1e20, b == 2.0 ** 70, b != 2.0 ** 70 + 2 ** 20)
