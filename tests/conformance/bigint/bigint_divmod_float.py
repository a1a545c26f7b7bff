# True division of big ints and conversion to float
print(2 ** 100 / 2 ** 98, (10 ** 30) / (10 ** 29), -(2 ** 70) / 2 ** 69)
print(float(2 ** 80), float(-(2 ** 80)), float(10 ** 22))
print(int(1e20), int(-1e25) == -10 ** 25, int(2.0 ** 90) == 2 ** 90)
print(2 ** 64 + 0.5, 2 ** 70 * 1.0, 10 ** 20 - 1.0)
print(2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 > 2.0 ** 100)
for b in (0, 0.0):
    try:
        print(2 ** 100 / b)
    except ZeroDivisionError as e:
        print(type(e).__name__)
