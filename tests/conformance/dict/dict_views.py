# keys/values/items views are live and support len, in, iteration
d = {"a": 1, "b": 2}
k, v, i = d.keys(), d.values(), d.items()
d["c"] = 3
print(list(k), list(v), list(i), len(k), len(v), len(i))
print("a" in k, "z" in k, 2 in v, 9 in v, ("a", 1) in i, ("a", 2) in i)
del d["a"]
print(list(k), list(i))
for key, val in d.items():
    print(key, val)
print(sorted(d), sorted(d.values()), sorted(d.items(), reverse=True))
print(list({}.keys()), list({}.items()))
