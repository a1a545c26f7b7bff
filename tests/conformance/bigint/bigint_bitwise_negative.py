# Bitwise operators on big negative ints (two's complement semantics)
m = 2 ** 70
vals = [m, -m, m - 1, -(m - 1), m + 12345, -(m + 12345), -1, 5]
for a in vals:
    print([(a & b, a | b, a ^ b) == (b & a, b | a, b ^ a) for b in vals])
    print(a & 0xFFFF, a | 0xF, (a ^ -1) == ~a, ~a == -a - 1)
print(-m & (m - 1), -m | (m - 1), -m ^ (m - 1))
print((-(2 ** 100)) & (2 ** 100 + 2 ** 99), (-(2 ** 100) + 1) | (2 ** 64))
