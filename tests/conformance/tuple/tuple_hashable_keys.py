# tuples as dict keys and set members; unhashable contents raise TypeError
d = {(0, 0): "origin", (1, 2): "p", (): "empty", ((1,), 2): "nested"}
print(d[(0, 0)], d[()], d[((1,), 2)], d.get((9,), "-"))
print(sorted({(1, 2), (1, 2), (2, 1)}))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
try:
    hash((1, [2]))
except TypeError:
    print("TypeError")
try:
    {(1, [2]): 0}
except TypeError:
    print("TypeError key")
