# Keys that compare equal are the same key: 1, 1.0 and True; 0, 0.0 and False; the first key object is kept
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(len(d), d[1], list(d), type(list(d)[0]).__name__)
e = {0.0: "a"}
e[False] = "b"
e[0] = "c"
print(e, len(e))
print({1: "x", 1.0: "y"}, {"a": 1, "a": 2}, {(1, 2): "t", (1.0, 2.0): "u"})
f = {2: "two"}
print(f.get(2.0), 2.0 in f, f.pop(2.0), f)
g = {-1: "m", -1.0: "n", 10**20: "big", float(10**20): "bigf"}
print(sorted(g.items(), key=lambda kv: kv[1]), len(g))
