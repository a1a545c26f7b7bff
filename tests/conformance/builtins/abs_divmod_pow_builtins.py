# abs(), divmod() and pow() as builtins.
print(abs(-3), abs(3.5), abs(-2**65))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(3, 3, 5))
print(pow(-2, 3), pow(0, 0))
print(round(2.567, 2), round(-3.5), round(4.5))
print(hex(255), oct(8), bin(5))
print(min(abs(-5), abs(3)), max(divmod(9, 4)))
for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2)):
    q, r = divmod(a, b)
    print(a, b, q, r, pow(a, 2), abs(a - b))
print(pow(7, 2, 10), pow(2**64, 2, 1000), pow(10, 0))
print(abs(0), abs(-0.0), divmod(0, 5))
