# keys() and items() views as sets: operators with sets, lists and other views, comparisons, isdisjoint
try:
    {}.keys() & set()
except TypeError:
    print("SKIP")
    raise SystemExit
d = {1: "a", 2: "b", 3: "c"}
e = {2: "b", 3: "x", 4: "d"}
k = d.keys()
print(sorted(k & {2, 3, 9}), sorted(k | [5]), sorted(k - (1,)), sorted(k ^ {3, 4}), sorted(k & e.keys()), sorted({0, 1} | k))
print(sorted(d.items() & e.items()), sorted(d.items() - e.items()), sorted(d.items() | {(9, "z")}), sorted(d.items() ^ e.items()))
print(k == {1, 2, 3}, {1, 2, 3} == k, k != {1, 2}, k < {1, 2, 3, 4}, k <= {1, 2, 3}, k > {2}, k >= {4}, {1} < k)
print(k == [1, 2, 3], d.items() == {(1, "a"), (2, "b"), (3, "c")}, k == e.keys(), d.keys() == dict.fromkeys([3, 2, 1]).keys())
print(k.isdisjoint([7, 8]), k.isdisjoint({3}), d.items().isdisjoint([(1, "a")]), {}.keys().isdisjoint([]))
d[9] = "z"
print(sorted(k & {9}), len(k), type(k & {1}).__name__)
for bad in (1, None):
    try:
        k & bad
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    d.values() & {1}
except TypeError:
    print("TypeError values")
