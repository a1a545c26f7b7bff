# Truthiness and bool() of ints, and ints in boolean expressions
for v in (0, 1, -1, 2 ** 40, -0, 0 * 5):
    print(v, bool(v), not v, v and "yes", v or "no")
print(0 or 0 or 3, 1 and 2 and 0, 5 if 0 else 6, [x for x in range(-2, 3) if x])
print(sum([True, True, False]), True + True, True * 10, False - 1)
print(int(True), int(False), 3 + True, isinstance(True, int))
n = 0
while n < 3:
    n += 1
print(n, all([1, 2, 3]), any([0, 0]), all([]), any([]))
