# Unary minus, plus, invert and abs on ints and bools
for v in (0, 1, -1, 7, -7, 2 ** 30, -(2 ** 30), True, False):
    print(repr(v), -v, +v, ~v, abs(v), type(-v).__name__, type(+v).__name__)
print(--5, -+-5, ~~~3, not 0, not -1)
x = -12
print(abs(x) == -x, abs(-x) == abs(x))
for bad in ("3", None, [1]):
    for name, f in (("neg", lambda v: -v), ("abs", abs), ("inv", lambda v: ~v)):
        try:
            f(bad)
        except TypeError as e:
            print(name, type(bad).__name__, type(e).__name__)
