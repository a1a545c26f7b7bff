# subscription, get, setdefault, pop, popitem and missing keys
d = {"a": 1, "b": 2}
print(d["a"], d.get("a"), d.get("z"), d.get("z", 0))
try:
    d["z"]
except KeyError as e:
    print("KeyError", e.args)
print(d.setdefault("a", 9), d.setdefault("c"), d.setdefault("e", 5), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError:
    print("KeyError pop")
before = list(d.items())
item = d.popitem()
print(item in before, len(d), item[0] in d)
e = {}
try:
    e.popitem()
except KeyError:
    print("KeyError popitem")
try:
    d[[1]] = 2
except TypeError:
    print("TypeError unhashable")
try:
    d.get([1])
except TypeError:
    print("TypeError get unhashable")
del d["b"]
print(d)
try:
    del d["b"]
except KeyError:
    print("KeyError del")
