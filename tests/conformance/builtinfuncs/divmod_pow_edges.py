# divmod and pow across signs, zero divisors and modular pow
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**65, 3), (-(2**65), 7)]:
    print(a, b, divmod(a, b), a // b, a % b)
for a, b in [(1, 0), (0, 0), (1.0, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError:
        print("ZeroDivisionError", a, b)
print(pow(2, 10), pow(2, 100), pow(-3, 3), pow(2, 0), pow(0, 0), pow(4, 0.5))
print(pow(3, 4, 5), pow(2, 100, 7), pow(-2, 3, 5), pow(7, 0, 3))
for args in [(2, 3, 0), (2.0, 3, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, args)
try:
    divmod("a", 1)
except TypeError:
    print("TypeError")
