# Sets of mixed hashable values: numbers equal across types are one member; tuples and frozensets as members
s = {1, 1.0, True, 2, "2", (1, 2), frozenset([3]), None}
print(len(s), 1 in s, 1.0 in s, True in s, 2.0 in s, "2" in s, 2 in s, (1, 2) in s, frozenset({3}) in s, None in s)
s.discard(1.0)
print(1 in s, True in s, len(s))
t = {0, 0.0, False, -0.0}
print(len(t), 0 in t, False in t)
pairs = {(x, y) for x in range(3) for y in range(3) if x != y}
print(len(pairs), sorted(pairs)[:3], (2, 0) in pairs, (1, 1) in pairs)
fs = {frozenset([1, 2]), frozenset([2, 1]), frozenset()}
print(len(fs), frozenset([2, 1]) in fs, sorted(len(f) for f in fs))
