# results landing exactly on the 31- and 63-bit small-int boundaries
for base in [2**30, 2**62, 2**63]:
    for n in [base - 1, base, -base, -base - 1]:
        print(n, n + 1, n - 1, n * 2, n // 2, -n, n % 1000)
print(2**62 - 1 + 1, -2**62 - 1 + 1, (2**31) * (2**31), 2**31 * -2**31)
