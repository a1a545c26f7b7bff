# many insertions and deletions keep lookups right (table growth)
d = {}
for i in range(1000):
    d[i] = i * 2
print(len(d), d[0], d[999], sum(d.values()))
for i in range(0, 1000, 2):
    del d[i]
print(len(d), 2 in d, 3 in d, list(d)[:5])
for i in range(0, 1000, 2):
    d[i] = -i
print(len(d), list(d)[:3], list(d)[-3:])
s = {str(i): i for i in range(300)}
print(len(s), s["0"], s["299"], "300" in s)
