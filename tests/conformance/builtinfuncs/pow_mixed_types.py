# pow() with two and three arguments over int, float and bool
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(9, 0.5), pow(-2, 3), pow(True, 3), pow(2, True), pow(0, 0), pow(2**40, 2))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, 0, 13), pow(10**20, 3, 10**9 + 7))
for args in [(2, 3, 0), (0, -1), (0.0, -1)]:
    try:
        pow(*args)
    except (ValueError, ZeroDivisionError) as e:
        print(args, type(e).__name__)
for args in [("2", 2), (2, "2"), (2.0, 2, 3), (2, 2, 3.0), (2, 2, None, 1)]:
    try:
        pow(*args)
    except TypeError:
        print(args, "TypeError")
