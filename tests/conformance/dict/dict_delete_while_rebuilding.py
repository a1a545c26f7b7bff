# Deleting and re-adding keys: iterate over a snapshot (list(d)) while changing the dict
d = {i: i * i for i in range(10)}
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(sorted(d.items()))
for k in list(d.keys()):
    d[k + 100] = d.pop(k)
print(sorted(d))
for k, v in list(d.items()):
    if v > 20:
        del d[k]
    else:
        d[k] = -v
print(sorted(d.items()))
for i in range(1000):
    d[i] = i
    if i >= 5:
        del d[i - 5]
print(sorted(d), len(d))
