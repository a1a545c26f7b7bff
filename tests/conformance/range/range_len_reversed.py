# len() and reversed() for ranges with every sign combination, empty ranges and steps that overshoot
cases = [(0, 10, 1), (0, 10, 3), (10, 0, -1), (10, 0, -3), (-10, -1, 4), (-1, -10, -4), (5, 5, 1), (5, 4, 1), (4, 5, -1), (0, 1, 100), (0, -1, -100), (-3, 3, 7)]
for a, b, c in cases:
    r = range(a, b, c)
    print(a, b, c, len(r), list(reversed(r)), list(r)[::-1] == list(reversed(r)), bool(r))
print(len(range(0, 10**6, 7)), list(reversed(range(3)))[0], sum(reversed(range(101))))
