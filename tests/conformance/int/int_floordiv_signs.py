# Floor division and modulo across every sign combination
cases = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 1), (-1, 1),
         (6, 3), (-6, 3), (6, -3), (100, 7), (-100, 7), (100, -7), (-100, -7),
         (2, 5), (-2, 5), (2, -5), (-2, -5)]
for a, b in cases:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a, divmod(a, b) == (q, r))
