# round() of ints with positive and negative ndigits
for v in (0, 5, 15, 25, 1234, -1234, 1250, -1250, 99999):
    print(v, round(v), round(v, 0), round(v, 2), round(v, -1), round(v, -2), round(v, -5))
print(type(round(5)).__name__, type(round(5, -1)).__name__)
