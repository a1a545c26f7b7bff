# divmod with all sign combinations and big ints.
for a in (17, -17):
    for b in (5, -5):
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
print(divmod(0, 7), divmod(0, -7))
print(divmod(2**100, 3))
print(divmod(-(2**100), 3))
print(divmod(2**100, -(2**40)))
print(divmod(-(2**100), -(2**40 + 1)))
