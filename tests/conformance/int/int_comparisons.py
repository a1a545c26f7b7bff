# Comparison operators between ints, floats and bools, chained and mixed
vals = [-2, -1, 0, 1, 2, 1.0, -0.5, True, False]
for a in vals:
    print(repr(a), [(a < b, a <= b, a == b, a != b) for b in vals[:5]])
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(0 == -0, 0 == 0.0, -0.0 == 0)
for other in ("1", None, [1], (1,)):
    print(1 == other, 1 != other)
    try:
        print(1 < other)
    except TypeError as e:
        print(type(other).__name__, type(e).__name__)
print(max(3, 1, 2), min(3, 1, 2), max(-1, -1.5), min(0, False))
