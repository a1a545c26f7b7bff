# Floor division and modulo with big ints of every sign.
a = 10**30 + 12345
b = 10**12 + 39
for x in (a, -a):
    for y in (b, -b):
        print(x // y, x % y)
print((2**128) // (2**64), (2**128) % (2**64 - 1))
print(-(2**128) // (2**64 + 1))
print((10**50) // 7, (10**50) % 7)
print(-(10**50) // 7, -(10**50) % 7)
print(12345678901234567890 // -1)
