# union/intersection/difference/update with several iterable arguments at once
try:
    {1}.union([2], [3])
except TypeError:
    print("SKIP")
    raise SystemExit
s = {1, 2, 3, 4}
print(sorted(s.union([5], (6,), [7])), sorted(s.intersection([1, 2, 3], {2, 3, 9}, range(3, 0, -1))), sorted(s.difference([1], {2}, (9,))))
print(sorted(s.union()), sorted(s.intersection()), sorted(s.difference()), s.union() is not s)
t = set(s)
t.update([10], {11}, "ab")
print(sorted(map(str, t)))
t = set(s)
t.intersection_update([1, 2, 3], (2, 3))
print(sorted(t))
t = set(s)
t.difference_update([1], (2,), {3})
print(sorted(t))
print(sorted(frozenset([1, 2]).union([3], [4])), type(frozenset([1]).union([2])).__name__)
