# floor division and modulo of big ints by every sign combination
big = 2**100 + 12345
for a in [big, -big]:
    for b in [7, -7, 2**64 + 1, -(2**64 + 1), 10**30, -(10**30)]:
        q, r = divmod(a, b)
        print(q, r, a // b == q, a % b == r, q * b + r == a)
print(-(2**100) // 2**99, (2**100 - 1) // 2**99, (-(2**100) + 1) // 2**99)
