# frozenset is immutable and hashable; in-place operators rebind
f = frozenset("abc")
g = f
g |= {"d"}
print(sorted(f), sorted(g), f is g, type(g).__name__)
print(sorted(f.copy()), f.copy() == f)
d = {f: 1}
print(d[frozenset("cba")])
print(sorted(frozenset([3, 1]) - {1}), sorted(frozenset([1, 2]) ^ frozenset([2, 3])))
print(len(frozenset(range(100))), frozenset() == frozenset([]), frozenset([1]) == {1})
