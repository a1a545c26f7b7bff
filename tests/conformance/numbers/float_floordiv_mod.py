# Float floor division and modulo follow the sign of the divisor.
print(7.0 // 2, -7.0 // 2, 7.0 // -2, -7.0 // -2)
print(7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(divmod(7, 2.5), divmod(-7, 2.5))
print(5 // 0.5, 5 % 0.5)
print(1.0 // 3, -1.0 // 3)
print(6.25 % 2.5, -6.25 % 2.5)
for a in (5.5, -5.5):
    for b in (2.0, -2.0, 0.5):
        print(a, b, a // b, a % b, divmod(a, b))
print(0.0 // 1, -0.0 % 1 == 0)
print(1e10 // 3, 1e10 % 3)
