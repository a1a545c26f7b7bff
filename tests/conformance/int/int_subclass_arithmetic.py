# arithmetic with instances of an int subclass; results are plain ints
class I(int):
    pass
try:
    1 + I(1)
except TypeError:
    print("SKIP")
    raise SystemExit
a = I(7)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a // 2, 20 // a, a % 4, 50 % a, a ** 2, 2 ** a)
print(a << 1, 1 << I(3), a >> 1, a & 3, 12 | I(1), 5 ^ I(1), -a, abs(I(-4)), ~a)
print(divmod(a, 2), divmod(20, a), a / 2, 14 / a, a == 7, 7 == a, a < 8, 8 > a)
print(type(a + 1).__name__, type(1 + a).__name__, type(-a).__name__, isinstance(a, int))
