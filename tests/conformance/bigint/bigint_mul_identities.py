# Multiplication of large ints checked with algebraic identities
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a * b)
print((a + b) * (a - b) == a * a - b * b)
print((a + b) ** 2 == a * a + 2 * a * b + b * b)
print(-a * b, a * -b, -a * -b == a * b)
print(a * 0, a * 1 == a, a * -1 == -a)
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f // (2 ** 38), f % 1000003)
for n in (64, 65, 127, 128, 200):
    x = (1 << n) - 1
    print(n, x * x == (1 << 2 * n) - (1 << n + 1) + 1)
