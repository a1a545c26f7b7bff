# dict.fromkeys from strings, ranges, sets and generators, with and without a (shared) value
print(sorted(dict.fromkeys("abca").items()), sorted(dict.fromkeys(range(3), 0).items()), sorted(dict.fromkeys({5, 6}, "s").items()))
print(dict.fromkeys([]), sorted(dict.fromkeys((x * 2 for x in range(3)), True).items()), len(dict.fromkeys("aaaa")))
shared = dict.fromkeys(["x", "y"], [])
shared["x"].append(1)
print(sorted(shared.items()), shared["x"] is shared["y"])
d = {}.fromkeys([1, 2])
print(sorted(d.items()), type(d).__name__)
for bad in (5, None):
    try:
        dict.fromkeys(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    dict.fromkeys([[1]])
except TypeError:
    print("TypeError unhashable")
