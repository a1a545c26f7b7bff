# Building dicts from parallel lists.
names = ['ann', 'bob', 'cy']
ages = [30, 25, 41]
d = {n: a for n, a in zip(names, ages)}
print(d['bob'], len(d))
older = {n: a for n, a in zip(names, ages) if a > 28}
print(sorted(older.items()))
index = {n: i for i, n in enumerate(names)}
print(sorted(index.items()))
swapped = {a: n for n, a in d.items()}
print(sorted(swapped.items()))
