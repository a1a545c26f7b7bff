# 'in', count and index on ranges for ints, bools, floats and other types
if not hasattr(range(1), "index"):
    print("SKIP")
    raise SystemExit
r = range(0, 20, 5)
for v in (0, 5, 7, 15, 20, -5, True, False, 5.0, 5.5, "5", None, (5,)):
    print(repr(v), v in r, r.count(v))
print(range(-10, 0, 3).index(-4), range(10, 0, -1).index(1), range(3).index(True), 2 in range(5, 0, -1), 0 in range(5, 0, -1))
print([x for x in range(30) if x in range(3, 30, 7)])
