# floats as dict keys and set members alongside equal ints
d = {}
for k in [1, 1.0, 2.5, -0.0, 0, 2.5, 3.0]:
    d[k] = d.get(k, 0) + 1
print(sorted(d.items()))
s = {1.5, 1.5, 2, 2.0, -0.0, 0.0}
print(sorted(s), 2 in {2.0}, 2.0 in {2}, 0.5 in {1, 2})
