# deleting list slices of every shape (step 1)
for a, b in [(0, 2), (2, None), (None, -2), (-3, -1), (3, 1), (100, 200), (-100, 100), (0, 0)]:
    l = list(range(6))
    del l[a:b]
    print(a, b, l)
d = {"k": [1, 2, 3]}
del d["k"][1:]
print(d)
e = []
del e[:]
print(e)
