# big ints as dict keys, set members and in sorted lists
keys = [2**64, 2**64 + 1, -(2**64), 10**30, 2**64]
d = {}
for k in keys:
    d[k] = d.get(k, 0) + 1
print(sorted(d.items()))
s = set(keys)
print(len(s), 2**64 in s, 2**65 in s, sorted(s)[0])
print(keys.count(2**64), keys.index(10**30), sorted(keys, reverse=True)[:2])
