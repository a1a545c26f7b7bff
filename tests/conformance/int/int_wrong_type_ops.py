# Binary operators between ints and unsupported operand types raise TypeError
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b),
       ("<<", lambda a, b: a << b), ("&", lambda a, b: a & b), ("<", lambda a, b: a < b)]
for other in (None, "2", [2], {}):
    print(type(other).__name__, end=":")
    for name, f in ops:
        for a, b in ((3, other), (other, 3)):
            try:
                f(a, b)
                print(" ok", end="")
            except TypeError:
                print(" T", end="")
    print()
for name, f in (("<<", lambda: 1 << 1.0), ("&", lambda: 1 & 1.5), ("|", lambda: 2 | 0.5)):
    try:
        f()
    except TypeError as e:
        print(name, type(e).__name__)
