from collections import OrderedDict

d = OrderedDict()
for w in "the quick brown fox jumps over the lazy dog".split():
    d[w] = d.get(w, 0) + 1
print(list(d))
print(list(d.values()))
for k, v in d.items():
    if v > 1:
        print(k, v)
print([k for k in reversed(list(d))][:3])
print(dict(d) == {w: c for w, c in d.items()})
print(list(zip(d, range(3))))
