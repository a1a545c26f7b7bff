# divmod() over ints and mixed int/float operands, and its errors
for a in (17, -17, 0, 1, -1, 100):
    print(a, [divmod(a, b) for b in (1, -1, 3, -3, 5, 100)])
print(divmod(7, 2.0), divmod(-7, 2.0), divmod(7.5, -2))
for args in ((1, 0), (1, 0.0), ("a", 1), (1, None)):
    try:
        print(divmod(*args))
    except (ZeroDivisionError, TypeError) as e:
        print(args[1], type(e).__name__)
print(divmod(True, 2), divmod(5, True))
