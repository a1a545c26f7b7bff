# insertion order is kept; updating a value keeps its position
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(list(d), list(d.values()))
d["a"] = 100
print(list(d.items()))
del d["z"]
d["z"] = -1
print(list(d))
d.update({"m": 0, "new": 1})
d.update([("q", 2)], r=3)
print(list(d.items()))
try:
    d.update(1)
except TypeError:
    print("TypeError")
try:
    d.update([1, 2])
except TypeError:
    print("TypeError seq")
c = d.copy()
c["extra"] = 1
print(len(d), len(c), "extra" in d)
d.clear()
print(d, len(d))
