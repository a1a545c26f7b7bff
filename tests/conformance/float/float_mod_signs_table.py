# Result sign of float modulo follows the divisor
for a in (5.5, -5.5, 0.0, 7.0, -7.0, 0.25):
    row = []
    for b in (2.0, -2.0, 0.5, -0.5, 3):
        r = a % b
        row.append((r, r == 0 or (r > 0) == (b > 0)))
    print(a, row)
