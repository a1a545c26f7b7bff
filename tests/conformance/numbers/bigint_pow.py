# Big integer powers.
print(3**100)
print(2**1000 % 1000007)
print(len(str(2**1000)), len(str(7**300)))
print((10**20) ** 3)
print((-7) ** 31)
print(2**64 * 2**64 == 2**128)
x = 1
for _ in range(64):
    x *= 3
print(x == 3**64, x)
