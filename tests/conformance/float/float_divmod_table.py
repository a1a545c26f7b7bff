# divmod, // and % for floats of every sign combination
for a in [7.5, -7.5, 0.5, -0.5, 10.0, 1e10]:
    for b in [2.0, -2.0, 0.75, -0.75, 3]:
        q, r = divmod(a, b)
        print(a, b, q, r, a // b == q, a % b == r)
for a, b in [(1.0, 0.0), (1.0, 0), (0.0, 0.0), (5, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError:
        print("ZeroDivisionError")
