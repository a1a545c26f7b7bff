# Mixing ints and floats promotes to float.
print(1 + 1.0, type(1 + 1.0).__name__)
print(3 * 0.5, 10 - 2.5, 2 ** 0.5 == 2 ** 0.5)
print(2**70 + 0.0 == 2.0**70)
print(7 // 2.0, 7 % 2.0, divmod(7, 2.0))
print(sum([1, 2.5, 3]), sum([1, 2, 3]))
print(max(1, 1.0), min(1.0, 1))
print(int(2.5 + 2.5), float(2 + 3))
print(1e3 == 1000, 1000 == 1e3)
for a, b in ((3, 2.0), (-3, 2.0), (2**60, 0.5)):
    print(a + b, a - b, a * b, a / b)
print(type(2 * 1.0).__name__, type(2 ** 2).__name__, type(2 ** 0.5).__name__)
print(1 + 2 == 3.0, 0.5 + 0.5 == 1)
