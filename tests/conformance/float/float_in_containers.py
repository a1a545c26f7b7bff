# Floats and equal ints as dict keys, set members and in sorting
d = {1: "int", 2.5: "float"}
d[1.0] = "float one"
print(d[1], len(d), d[2.5], 2.5 in d, 3.0 in d)
s = {1, 1.0, 2, 2.0, 0.5}
print(len(s), 0.5 in s, sorted(s))
print(sorted([2.5, 1, -0.5, 3, 0], reverse=True))
print([0.5, 1.5].count(1.5), (1.0, 2.0).index(2))
print(sum([0.5, 0.25, 0.125]), sum([1, 2.5]), sum([], 0.0))
print(list(map(float, ["1", "2.5", "-3"])))
print(abs(-2.5), max([0.5, 2, -1.5]), min(3.25, 3))
