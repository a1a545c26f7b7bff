# str, repr and formatting of ints of all sizes and signs
for n in [0, -0, 7, -7, 10**6, -(10**9), 2**31, -2**31, 2**62 - 1, -2**62, 2**63, 2**64, -(2**64) - 1]:
    print(str(n), repr(n), "%d" % n, "{}".format(n), "{:d}".format(n), len(str(n)))
print(str(123456789 * 987654321), str(-1), repr(-0))
