# membership, index and count for stepped ranges
r = range(3, 30, 4)
for v in (3, 7, 27, 29, 30, 31, -1, 4, 3.0, "3"):
    print(repr(v), v in r)
print(r.index(11), r.count(11), r.count(12))
try:
    r.index(12)
except ValueError:
    print("ValueError")
n = range(10, -10, -5)
print(list(n), 0 in n, -10 in n, 10 in n, n.index(-5))
print(5 in range(0), range(0).count(0))
