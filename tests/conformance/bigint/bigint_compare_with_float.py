# big ints compare exactly with floats, even where the float cannot hold the int
x = 2**53 + 1
print(x == 2.0**53, x > 2.0**53, x - 1 == 2.0**53, 2**64 == 2.0**64, 2**64 + 1 > 2.0**64)
print(10**400 > 1e308, -10**400 < -1e308, 10**400 < float("inf"), -10**400 > float("-inf"), 10**30 == 1e30)
print(max(10**20, 1e20), min(-10**20, -1e20), 2**100 == 2.0**100, 2**1000 > 1e300)
print(sorted([2**70, 1e21, -2**70, -1e21, 3]))
