# round() with positive, zero, negative and missing ndigits on values without exact ties
for v in [1.23456, -1.23456, 123.456, -987.654, 0.000123456, 1234567.891, 5.5, -5.5, 6.5, 0.5, 1.5, 2.5]:
    print(v, round(v), round(v, 0), round(v, 1), round(v, 2), round(v, 4), round(v, -1), round(v, -2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(-0.4), round(0.4), round(-0.6), round(0.6))
for v in [float("inf"), float("nan")]:
    print(round(v, 2))
