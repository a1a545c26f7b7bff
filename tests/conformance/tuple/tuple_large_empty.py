# the empty tuple and large tuples
e = ()
print(e == tuple(), len(e), e + e, e * 100, list(e), e[:], tuple([]) == e)
big = tuple(range(50000))
print(len(big), big[-1], big[12345], big.index(49999), big.count(7), 49999 in big)
print(big[:3] + big[-3:], sum(big[:100]))
s = (1,) * 1000
print(len(s), s.count(1), len(set(s)))
