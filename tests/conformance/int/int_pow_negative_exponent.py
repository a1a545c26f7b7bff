# int ** negative int is a float; 0 ** negative is a ZeroDivisionError
print(2 ** -1, 2 ** -2, (-2) ** -1, (-2) ** -2, 10 ** -3, 1 ** -100, (-1) ** -3)
print(type(2 ** -1).__name__, pow(4, -1), pow(-8, -1))
for base in [0, 0.0]:
    try:
        base ** -1
    except ZeroDivisionError:
        print(base, "ZeroDivisionError")
print(0 ** 0, 0 ** 1, 1 ** 0, (-1) ** 0, 5 ** 1, (-5) ** 3, (-5) ** 2)
