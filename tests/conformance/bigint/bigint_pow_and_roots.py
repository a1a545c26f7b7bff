# powers of big values and integer square roots by Newton's method
print(3**100, (-3)**101, 7**77 % 10**9, (2**64) ** 3 == 2**192)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
for n in [10**40, 2**101, 12345678901234567890123456789]:
    r = isqrt(n)
    print(r, r * r <= n < (r + 1) * (r + 1))
