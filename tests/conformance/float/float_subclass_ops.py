# arithmetic with instances of a float subclass, on either side
class F(float):
    pass
try:
    3 / F(2.0)
except TypeError:
    print("SKIP")
    raise SystemExit
f = F(2.5)
print(f + 1, 1 + f, f - 1, 1 - f, f * 2, 2 * f, f / 2, 5 / f, f // 2, 7 // f, f % 2, 7 % f, f ** 2, 2 ** f)
print(f + 0.5, 0.5 + f, f == 2.5, 2.5 == f, f < 3, 3 > f, -f, abs(F(-1.5)), divmod(7, f), divmod(f, 2))
print(type(f + 1).__name__, type(1 + f).__name__, type(-f).__name__, isinstance(f, float), int(f), round(f))
