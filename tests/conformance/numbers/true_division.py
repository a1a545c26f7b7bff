# True division always returns a float.
print(1 / 2, 4 / 2, -3 / 4, 0 / 5)
print(type(4 / 2).__name__)
print(10**20 / 10**10)
print(2**70 / 2**68)
print(1 / 3 * 3 == 1.0)
print(7 / 7, -7 / 7)
x = 10
x /= 4
print(x)
print(3 / 0.5, 0.5 / 0.25)
print((2**100 + 2**99) / 2**99)
