from collections import OrderedDict

# insertion order is kept, whatever the keys' hashes
d = OrderedDict()
for k in ["zeta", 3, "alpha", 1.5, (2, 1), "m", -7, None, True]:
    d[k] = str(k)
print(list(d))
print(list(d.items())[:3])
# re-assigning keeps the position; delete + insert moves to the end
d["zeta"] = "again"
print(list(d)[0], d["zeta"])
del d[3]
d[3] = "back"
print(list(d)[-1])
print([k for k in d][:4])
e = OrderedDict()
for i in range(100, 0, -7):
    e[i] = i * i
print(list(e))
