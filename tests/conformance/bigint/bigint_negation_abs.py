# negation, abs and unary plus across the machine-word boundary
for n in [2**62 - 1, 2**62, 2**63 - 1, 2**63, 2**64, -(2**63), -(2**63) - 1, -(2**64)]:
    print(n, -n, abs(n), +n, -(-n) == n, abs(-n) == abs(n))
