# slice assignment grows, shrinks, inserts and deletes
base = list(range(6))
cases = [
    (1, 3, ["a"]),
    (1, 3, ["a", "b", "c", "d"]),
    (0, 0, ["x", "y"]),
    (6, 6, ("end",)),
    (2, None, []),
    (None, None, [7]),
    (-2, None, ("a", "b")),
    (4, 1, ["z"]),
    (100, 200, [1]),
    (-100, 1, [0, 0]),
]
for a, b, v in cases:
    l = list(base)
    l[a:b] = v
    print(a, b, l)
l = list(base)
del l[1:4]
print(l)
del l[:]
print(l)
l = list(base)
l[1:3] = l
print(l)
try:
    l[0:1] = 5
except TypeError:
    print("TypeError")
