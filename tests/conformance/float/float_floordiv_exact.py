# Floor division of floats whose quotients land exactly on integers
for a, b in ((1.0, 0.1), (0.3, 0.1), (6.0, 2.0), (-6.0, 2.0), (7.0, 0.5), (1e16, 3.0), (-1e-300, 1e300)):
    print(a, b, a // b, a % b, a / b)
