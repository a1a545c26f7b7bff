# Bitwise operators on negative numbers use infinite two's complement.
print(-1 & 0xff, -2 & 0xff, -256 & 0xff)
print(-1 | 0, -8 | 3, 5 | -16)
print(-1 ^ 0xff, -6 ^ 3, 6 ^ -3)
print(~0, ~1, ~-1, ~255)
print(-5 & -3, -5 | -3, -5 ^ -3)
print(-(2**40) & 0xffff, -(2**40) & -(2**20))
print(~(2**64), ~-(2**64))
print((-12) & 7, (-12) | 7, (-12) ^ 7)
for a in (-1, -7, -256, -(2**64)):
    for b in (5, -5):
        print(a, b, a & b, a | b, a ^ b)
print(~(-(2**100)) == 2**100 - 1)
