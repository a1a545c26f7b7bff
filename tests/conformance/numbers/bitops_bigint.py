# Bitwise operators with big ints.
a = 2**100 + 2**50 + 5
b = 2**80 + 2**50 + 3
print(a & b)
print(a | b)
print(a ^ b)
print(a & 0xffff, a >> 48 & 0xf)
print(-a & b)
print(a & -b)
print(-a | b)
print(-a ^ -b)
print((2**128 - 1) & ~(2**64 - 1))
print(hex(0xdeadbeefcafebabe1234 ^ 0xffffffffffffffffffff))
