# Big-int floor division and modulo with every sign combination
big = [10 ** 30 + 7, 2 ** 100, 3 ** 70]
small = [7, 1000003, 2 ** 40 + 1]
for a in big:
    for b in small + big:
        for sa, sb in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
            x, y = sa * a, sb * b
            q, r = x // y, x % y
            ok = q * y + r == x and (r == 0 or (r < 0) == (y < 0)) and abs(r) < abs(y)
            print(q, r, ok)
