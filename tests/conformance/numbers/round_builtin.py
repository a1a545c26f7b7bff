# round() uses round-half-to-even for exact halves.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.4), round(2.6), round(-2.6))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(3.14159, 2), round(3.14159, 3), round(2.71828, 1))
print(round(1234.5678, 1), round(-1234.5678, 1))
print(round(7), round(-7), round(10**20))
print(round(1234, -2), round(1789, -2), round(-1789, -2))
print(round(0.0), round(-0.25, 1))
for v in (0.1, 0.4, 0.6, 0.9, 1.1, -0.1, -0.9, 10.49, 10.51):
    print(v, round(v))
print(round(2**70), round(-2**70))
print(round(5.0), round(-5.0), round(123.456, 0))
