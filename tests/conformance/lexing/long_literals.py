# Very long integer literals.
a = 123456789012345678901234567890123456789012345678901234567890
print(a)
print(a + 1)
print(a % 1000, a // 10**50)
b = 0xffffffffffffffffffffffffffffffffffffffff
print(b)
print(b + 1 == 2**160)
c = -98765432109876543210987654321
print(c, -c)
print(len(str(a)))
print(9999999999999999999 * 9999999999999999999)
