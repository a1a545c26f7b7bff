# Integer powers with negative bases and negative exponents.
print((-2) ** 3, (-2) ** 4, -2 ** 2, (-2) ** 0)
print(2 ** -1, 2 ** -2, 10 ** -3)
print((-2) ** -1)
print(0 ** 0, 0 ** 5, 1 ** 1000)
print((-1) ** 1001, (-1) ** 1000)
print(2 ** 64, (-3) ** 41)
print(type(2 ** 3).__name__, type(2 ** -1).__name__)
x = 3
x **= 4
print(x)
print(pow(2, 10), pow(-3, 3))
