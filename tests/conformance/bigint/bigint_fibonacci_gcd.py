# big Fibonacci numbers and Euclid's gcd on them
a, b = 0, 1
fibs = []
for i in range(300):
    a, b = b, a + b
    fibs.append(a)
print(fibs[99], fibs[199] % 10**20, len(str(fibs[299])))
def gcd(x, y):
    while y:
        x, y = y, x % y
    return x
print(gcd(fibs[299], fibs[199]), gcd(fibs[149], fibs[99]), gcd(2**100 * 3**20, 2**50 * 3**40) == 2**50 * 3**20)
