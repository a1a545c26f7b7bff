# Arbitrary-precision addition, subtraction and multiplication.
a = 2**100
b = 3**60
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(-a * b)
print(a * a * a)
print(10**40 + 1 - 10**40)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2**26))
s = 0
for i in range(100):
    s += 2**i
print(s == 2**100 - 1)
