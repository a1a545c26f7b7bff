# Integer powers: zero, one, negative bases, negative exponents give floats
for b in (0, 1, -1, 2, -2, 3, -3, 10):
    print(b, [b ** e for e in range(6)])
for b, e in ((2, -1), (-2, -1), (4, -2), (10, -3), (1, -5), (-1, -3)):
    print(b, e, b ** e)
print(pow(2, 10), pow(-2, 3), pow(7, 0))
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
x = 3
x **= 4
print(x)
for args in ((3, 4, 5), (2, 10, 1000), (-2, 3, 7), (5, 0, 3), (10, 3, -7)):
    print(args, pow(*args))
for args in ((2, -1, 5), (2, 3, 0)):
    try:
        print(pow(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__)
