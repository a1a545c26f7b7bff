# divmod() across int, big int, float and bool operands
for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (7, 2.5), (-7.5, -2), (True, 2), (7, True), (2**70, 3), (-(2**70), 2**35), (2**70, 2.5), (0, 7), (0.0, -3)]:
    print(a, b, divmod(a, b))
for a, b in [(1, 0), (1.5, 0), (2**70, 0), (1, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError:
        print(a, b, "ZeroDivisionError")
for a, b in [("a", 1), (1, "a"), (1j, 1), ([], 2)]:
    try:
        divmod(a, b)
    except TypeError:
        print(type(a).__name__, type(b).__name__, "TypeError")
