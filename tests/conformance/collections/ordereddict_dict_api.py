from collections import OrderedDict

d = OrderedDict(a=1)
d.update([("b", 2), ("c", 3)])
d.update({"d": 4})
print(list(d.items()))
print(d.get("a"), d.get("zz"), d.get("zz", 0))
print(d.setdefault("e", 5), d.setdefault("a", 100))
print(d.pop("b"), d.pop("zz", "dflt"))
print("a" in d, "b" in d, len(d))
print(sorted(d), sorted(d.values()))
c = d.copy()
c["new"] = 1
print(len(d), len(c), type(c).__name__)
d.clear()
print(len(d), list(d))
try:
    d["missing"]
except KeyError:
    print("KeyError")
print(isinstance(d, dict), isinstance(d, OrderedDict), type(d).__name__)
