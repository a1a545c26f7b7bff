# Float floor division and modulo with every sign combination
cases = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (6.0, 3.0),
         (-6.0, 3.0), (0.0, 2.0), (1.0, 0.5), (5.0, 0.25), (-5.0, 0.25),
         (9.0, 4), (-9, 4.0), (3, -0.5)]
for a, b in cases:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b) == (q, r))
for a in (1.0, -1.0, 0.0):
    for f in (lambda x: x // 0.0, lambda x: x % 0.0, lambda x: x / 0.0, lambda x: divmod(x, 0)):
        try:
            print(f(a))
        except ZeroDivisionError as e:
            print(a, type(e).__name__)
