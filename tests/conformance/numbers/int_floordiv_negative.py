# Floor division rounds towards negative infinity.
for a in (7, -7, 6, -6, 0, 1, -1):
    for b in (2, -2, 3, -3):
        print(a, b, a // b)
print(-1 // 10, 1 // -10)
print(-10 // 10, 10 // -10)
print(-(2**64) // 3, (2**64) // -3)
print(-(2**64) // -(2**32))
for a in (2**70, -(2**70)):
    for b in (7, -7):
        print(a // b)
print(7 // 7, -7 // 7, 0 // -3, -0 // 3)
x = -17
x //= 5
print(x)
