# float powers: integral and fractional exponents, negative bases, zero
print(2.0 ** 10, 2.0 ** -2, 2 ** 0.5, 10.0 ** -3, (-2.0) ** 3, (-2.0) ** 2, 0.0 ** 0, 0.0 ** 2.5, 1.0 ** 1e10, 4 ** 0.5)
print(pow(2.0, 3), pow(9, 0.5), pow(-8.0, 2), pow(1.5, 2), pow(0.5, -1))
r = (-8.0) ** 0.5
print(type(r).__name__, round(r.imag, 10), abs(r.real) < 1e-12)
for b, e in [(0.0, -1), (0.0, -0.5)]:
    try:
        b ** e
    except ZeroDivisionError:
        print("ZeroDivisionError")
