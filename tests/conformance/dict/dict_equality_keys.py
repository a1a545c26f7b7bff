# equality ignores order; numeric keys that compare equal collide
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {} == {}, {1: 2} != {1: 2, 3: 4})
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d = {0: "zero"}
print(d[False], d[0.0], -0.0 in d)
keys = [None, (), (1, "x"), "", b"", 0, -1, 2**40, 1.5, frozenset([1])]
m = {}
for idx, key in enumerate(keys):
    m[key] = idx
print(len(m), [m[key] for key in keys])
try:
    {1: 2} < {1: 2}
except TypeError:
    print("TypeError order")
print({"a": [1, 2]} == {"a": [1, 2]}, {"a": {"b": 1}} == {"a": {"b": 1}})
