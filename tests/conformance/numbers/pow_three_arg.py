# Three-argument pow computes modular exponentiation.
print(pow(3, 4, 5))
print(pow(2, 100, 1000))
print(pow(7, 0, 13))
print(pow(10, 50, 97))
print(pow(2**100 + 1, 2**64 + 3, 10**9 + 7))
print(pow(123456789, 987654321, 2**61 - 1))
print(pow(5, 3, 1))
try:
    pow(2, 3, 0)
except ValueError:
    print('ValueError for modulus 0')
