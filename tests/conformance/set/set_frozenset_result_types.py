# Result types of operators and methods mixing set and frozenset (the left operand's type wins)
s = {1, 2}
f = frozenset([2, 3])
for name, r in (("s|f", s | f), ("f|s", f | s), ("s&f", s & f), ("f&s", f & s), ("s-f", s - f), ("f-s", f - s), ("s^f", s ^ f), ("f^s", f ^ s)):
    print(name, type(r).__name__, sorted(r))
print(type(s.union(f)).__name__, type(f.union(s)).__name__, type(f.copy()).__name__, type(s.copy()).__name__)
print(s == {1, 2}, f == {2, 3}, frozenset() == set(), {frozenset([1]): "k"}[frozenset({1})], hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(sorted({frozenset([1]), frozenset([1]), frozenset()}, key=len), frozenset([1]) in {frozenset([1])})
