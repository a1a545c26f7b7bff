# Shifts producing and consuming big ints, including negatives
for n in (31, 32, 63, 64, 65, 100, 200):
    x = 1 << n
    print(n, x, x >> n, (x >> (n - 1)), (-x) >> n, (-x - 1) >> n, (x - 1) >> n)
big = 3 ** 100
print(big >> 50, big << 3, -big >> 50, -big >> 1000, big >> 1000)
print((big << 100) >> 100 == big, (-big << 77) >> 77 == -big)
for a, n in ((big, -1), (-big, -2)):
    try:
        print(a >> n)
    except ValueError as e:
        print(type(e).__name__)
