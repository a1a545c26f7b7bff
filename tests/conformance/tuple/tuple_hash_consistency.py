# Equal tuples hash equal, nested tuples too; a tuple holding an unhashable item cannot be hashed
pairs = [((1, 2), (1, 2)), ((1, (2, 3)), (1, (2, 3))), ((), ()), (("a", b"b"), ("a", b"b")), ((1, 2.0), (1.0, 2))]
for a, b in pairs:
    print(a == b, hash(a) == hash(b))
d = {(0, 0): "origin", (1, (2, 3)): "nested"}
print(d[(0, 0)], d[(1, (2, 3))], (0, 0) in d, (0, 1) in d, len({(1, 2), (1, 2), (2, 1)}))
for bad in ((1, [2]), ([],), (1, {2: 3}), ((1, {4}),)):
    try:
        hash(bad)
    except TypeError:
        print("TypeError", len(bad))
coords = {}
for x in range(3):
    for y in range(3):
        coords[(x, y)] = x * 3 + y
print(coords[(2, 1)], sorted(k for k in coords if k[0] == k[1]))
