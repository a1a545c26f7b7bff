# Left and right shifts, including big ints and negative values.
print(1 << 0, 1 << 1, 1 << 63, 1 << 64, 1 << 100)
print((1 << 100) >> 99, (1 << 100) >> 100, (1 << 100) >> 101)
print(-1 >> 1, -1 >> 100, -2 >> 1, -3 >> 1, -5 >> 1)
print(-(2**70) >> 68, -(2**70 + 1) >> 68)
print(-1 << 70, -3 << 65)
print(12345 << 200 >> 200)
print((2**64 - 1) >> 32, (2**64 - 1) << 1)
print(-(2**100) >> 1000)
try:
    1 << -1
except ValueError:
    print('ValueError negative shift')
