# Ordering and equality between big ints, small ints and floats
vals = [2 ** 100, -(2 ** 100), 2 ** 64, 2 ** 63, -(2 ** 63), 0, 1, -1, 2.0 ** 100, 1e30]
for a in vals:
    print([(a < b, a == b) for b in vals])
print(sorted([3 ** 50, -(5 ** 40), 7, 2 ** 80, -1, 0]))
print(max(2 ** 90, 2 ** 90 - 1), min(-(2 ** 90), -(2 ** 90) + 1))
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(10 ** 20 in [10 ** 20], {10 ** 20: "a"}[10 ** 20])
