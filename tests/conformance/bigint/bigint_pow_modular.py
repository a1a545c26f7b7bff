# Big powers and three-argument pow with big operands
print(2 ** 200)
print((-3) ** 41, (-3) ** 40)
print(pow(2, 1000, 10 ** 9 + 7), pow(3, 10 ** 20, 1000003))
print(pow(10 ** 30 + 1, 3, 2 ** 61 - 1), pow(-(7 ** 30), 5, 10 ** 12))
print(pow(2, 100, 1), pow(5 ** 40, 0, 97))
print(7 ** 100 % 1000, (2 ** 127 - 1) % 1000007)
print(10 ** 50 // 10 ** 48, 10 ** 50 / 10 ** 48)
print(2 ** -1, (2 ** 70) ** 0, 0 ** 0)
p = 2 ** 89 - 1
print(pow(3, p - 1, p))
