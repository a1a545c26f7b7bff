# update() and dict() accept a mapping, an iterable of pairs (any 2-item iterables) and keywords together
d = {}
d.update({"a": 1})
d.update([("b", 2), ["c", 3]])
d.update((k, v) for k, v in zip("de", (4, 5)))
d.update(["fg", "hi"])
d.update(x=10, y=20)
d.update({"a": 0}, z=26)
d.update()
print(sorted(d.items()))
print(sorted(dict([("k", 1)], k2=2).items()), sorted(dict({"m": 1}, m=2).items()), dict(zip("ab", range(2))) == {"a": 0, "b": 1})
other = {"p": [1]}
copy = dict(other)
copy["p"].append(2)
copy["q"] = 0
print(other, sorted(copy))
for bad in ([("a", 1, 2)], ["abc"], [1], 5, [None]):
    try:
        {}.update(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, bad)
