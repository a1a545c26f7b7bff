# The result of % has the sign of the divisor.
for a in (7, -7, 6, -6, 0):
    for b in (2, -2, 3, -3, 5, -5):
        print(a, b, a % b)
print(-1 % 10, 1 % -10)
print(-(2**70) % 7, (2**70) % -7)
print(-(10**30) % (10**15 + 7))
a, b = -17, 5
print(a == (a // b) * b + a % b)
for a in (123456789, -123456789):
    for b in (1000, -1000):
        print(a % b, (a % b) * b >= 0)
x = -10
x %= 3
print(x)
print([i % 3 for i in range(-6, 1)])
