# Operators between floats and unsupported types raise TypeError
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b),
       ("**", lambda a, b: a ** b), ("<", lambda a, b: a < b)]
for other in ("1", None, [1.0], (1,)):
    for name, f in ops:
        for a, b in ((1.5, other), (other, 1.5)):
            try:
                f(a, b)
                print(name, "ok")
            except TypeError as e:
                print(name, type(other).__name__, type(e).__name__)
for name, f in (("&", lambda a, b: a & b), ("<<", lambda a, b: a << b), ("~", lambda a, b: ~a)):
    try:
        f(1.5, 1)
    except TypeError as e:
        print(name, type(e).__name__)
