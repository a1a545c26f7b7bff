# Comparisons between floats and ints, including chained and equal values
vals = [-1.5, -1, 0.0, 0, 0.5, 1, 1.0, 2.5, 3]
for a in vals:
    print(repr(a), "".join("<" if a < b else ("=" if a == b else ">") for b in vals))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1e300 * 10 > 1e308)
print(sorted([3.5, -1, 2, 0.25, -7.5, 1]))
print(max(1, 1.5, -2), min(0.0, -0.5, 3))
print(-0.0 == 0.0, 1 < 1.5 < 2 < 2.5, 2.0 in [1, 2, 3], [1, 2].index(2.0))
print(1.0 == True, 0.0 == False, 5.0 != 5)
