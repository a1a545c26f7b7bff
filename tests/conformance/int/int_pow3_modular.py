# three-argument pow: sign of the result follows the modulus
for a, b, m in [(2, 10, 1000), (3, 200, 13), (5, 0, 3), (0, 0, 5), (7, 1, 1), (2, 64, 2**61 - 1), (10**20, 10**10, 97), (12345678901234567890, 3, 10**12 + 39)]:
    print(a, b, m, pow(a, b, m))
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
for args in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("2", 3, 5)]:
    try:
        pow(*args)
    except TypeError:
        print(args, "TypeError")
