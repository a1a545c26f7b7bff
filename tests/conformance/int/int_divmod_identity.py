# a == (a // b) * b + a % b, with the remainder taking the divisor's sign
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 17, -17, 100, -100, 2**31, -2**31]
for a in vals:
    for b in [1, -1, 2, -2, 3, -3, 7, -7, 16, -16]:
        q, r = divmod(a, b)
        assert q == a // b and r == a % b, (a, b)
        assert q * b + r == a, (a, b)
        assert r == 0 or (r > 0) == (b > 0), (a, b)
print("divmod identity holds for", len(vals) * 10, "pairs")
print([divmod(n, 4) for n in range(-5, 6)])
print([divmod(n, -4) for n in range(-5, 6)])
