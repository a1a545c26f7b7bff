# | & - ^ and their method forms between sets and frozensets
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference(b, {1})), sorted(a.difference()))
print(sorted(a.symmetric_difference([4, 6])), sorted(a.union(range(3))), sorted(a.intersection("ab")))
fa = frozenset(a)
print(type(fa | b).__name__, type(b | fa).__name__, sorted(fa & b))
for other in ([1], "ab", 5):
    try:
        print(sorted(a | other))
    except TypeError:
        print("TypeError", type(other).__name__)
print(sorted(set() | set()), sorted(a & set()), sorted(set() - a))
c = set(a)
c |= {10}
c &= {1, 10, 3}
c -= {3}
c ^= {1, 20}
print(sorted(c), sorted(a))
