# round() of ints, floats and bools with and without ndigits
print(round(7), round(-7), round(2**70), round(True), round(7, 2), round(-7, 0), round(123, -1), round(125, -1), round(135, -1))
print(round(7.4), round(7.6), round(-7.4), round(-7.6), round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(-3.14159, 3), round(1234.5678, -2), round(1234.5678, 0), round(0.0001234, 5))
print(type(round(7.5)).__name__, type(round(7.5, 1)).__name__, type(round(7, 1)).__name__, type(round(7, -1)).__name__)
for bad in [("a",), (1.5, "a"), ([],)]:
    try:
        round(*bad)
    except TypeError:
        print(bad, "TypeError")
for v in [float("inf"), float("-inf")]:
    try:
        round(v)
    except OverflowError:
        print("OverflowError")
try:
    round(float("nan"))
except ValueError:
    print("ValueError")
