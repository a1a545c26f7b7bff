# Left and right shifts of small ints, including negative operands
for a in (0, 1, -1, 5, -5, 255, -256, 1000):
    print(a, [a << n for n in (0, 1, 3, 8)], [a >> n for n in (0, 1, 3, 8, 20)])
for a, n in ((1, -1), (-1, -1), (0, -5)):
    for op in ("<<", ">>"):
        try:
            print(eval("a %s n" % op))
        except ValueError as e:
            print(op, n, type(e).__name__)
x = 3
x <<= 4
print(x)
x >>= 2
print(x)
print(-1 >> 100, 1 >> 100, 0 << 100)
