# Float powers: zero to negative powers, negative bases, overflow
for b, e in ((0.0, -1), (0.0, -1.5), (0, -2.0)):
    try:
        print(b ** e)
    except ZeroDivisionError as e2:
        print(b, e, type(e2).__name__)
print(0.0 ** 0.0, 1.0 ** 1e10, (-1.0) ** 2, (-2.0) ** 3, 2.0 ** 0.5 > 1.41)
print(pow(2.0, 3), pow(4, 0.5), pow(2, -2.0))
print(type((-8.0) ** (1 / 3)).__name__)
print(2.0 ** -1074 > 0, 2.0 ** -2000 == 0.0)
