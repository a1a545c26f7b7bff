# bitwise operators and shifts across several machine words
a = (1 << 130) | (1 << 64) | 0xdeadbeef
b = -(1 << 100) + 12345
print(a & b, a | b, a ^ b, ~a, ~b, a & -a, b & -b)
print(a >> 64, a >> 129, b >> 50, b << 7, (a << 200) >> 200 == a)
print(bin(a).count("1"), hex(a), hex(b), oct(a)[:10])
