# Operator precedence and associativity in mixed int expressions
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, 10 - 4 - 3, 100 // 10 // 3)
print(7 % 4 * 3, 7 * 4 % 3, 1 << 2 + 1, (1 << 2) + 1, 6 & 3 | 8, 6 & (3 | 8))
print(5 ^ 3 & 1, ~1 + 1, -~5, 3 < 4 == 4, not 1 + 1 == 3, 2 * -3 ** 2)
print(1 + 2 if 0 else 3 * 4, (lambda x: x * 2)(3) + 1, 8 >> 1 << 2, 17 % -5 // 2)
